import * as z from 'zod/mini';

export const USAGE = `usage: npm run bench -- [options]
  --runs N           fresh navigations per page (default 5; 2 with --quick)
  --quick            development run: 2 runs, no 5 MB pages, 20 heap changes
  --only TEXT        only pages whose name contains TEXT (several: TEXT,TEXT)
  --extension DIR    use this built extension instead of building one
  --shared DIR       shared folder with corpus/ (default ../shared)
  --heap-changes N   article changes in the heap test (default 100; 0 skips it)
  --out FILE         results file (default bench-results.json)
  --docs             also write the results into docs/benchmarks.md
  --profile DIR      save a CPU profile of each page's first run in DIR and
                     print the content script's heaviest functions`;

const count = z.number().check(z.int(), z.nonnegative());

const argsSchema = z.object({
  runs: z.number().check(z.int(), z.positive()),
  quick: z.boolean(),
  only: z.nullable(z.string()),
  extension: z.nullable(z.string().check(z.minLength(1))),
  shared: z.nullable(z.string().check(z.minLength(1))),
  heapChanges: count,
  out: z.string().check(z.minLength(1)),
  docs: z.boolean(),
  profile: z.nullable(z.string().check(z.minLength(1))),
});
export type BenchArgs = z.infer<typeof argsSchema>;

const EXPECTED: Record<string, string> = {
  runs: 'a whole number ≥ 1',
  heapChanges: 'a whole number ≥ 0',
};

/** The options, or a message saying what is wrong with them. */
export function parseArgs(argv: readonly string[]): BenchArgs | string {
  const raw: Record<string, unknown> = {
    quick: false,
    docs: false,
    only: null,
    extension: null,
    shared: null,
    profile: null,
  };
  const valueOf: Record<string, [string, (v: string) => unknown]> = {
    '--runs': ['runs', Number],
    '--only': ['only', String],
    '--extension': ['extension', String],
    '--shared': ['shared', String],
    '--heap-changes': ['heapChanges', Number],
    '--out': ['out', String],
    '--profile': ['profile', String],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    else if (arg === '--quick') raw.quick = true;
    else if (arg === '--docs') raw.docs = true;
    else if (valueOf[arg]) {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a value`;
      const [key, convert] = valueOf[arg];
      raw[key] = convert(value);
    } else return `unknown option ${arg}`;
  }
  raw.runs ??= raw.quick ? 2 : 5;
  raw.heapChanges ??= raw.quick ? 20 : 100;
  raw.out ??= 'bench-results.json';
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) {
    const key = String(parsed.error.issues[0]!.path[0]);
    const flag = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    return `--${flag}: expected ${EXPECTED[key] ?? 'a valid value'}`;
  }
  return parsed.data;
}

/** Whether the page named `name` is measured: every page, or one whose name contains any of
 *  the comma-separated texts of `--only`. */
export function selected(only: string | null, name: string): boolean {
  return only === null || only.split(',').some((text) => text !== '' && name.includes(text));
}
