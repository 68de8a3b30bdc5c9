import * as z from 'zod/mini';
import { indexEntry } from './figure-index';
import { numbersIn } from './numbers-in-text';
import {
  datasetSchema,
  figureSchema,
  sourceSchema,
  statementSchema,
  storyPackSchema,
  type Dataset,
} from './schema';

// Integrity of the dataset and the story packs. Every problem is one line that
// names the record (by id) and the field, so a broken build says what to fix.

type Issue = z.core.$ZodIssue;

function where(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}

function explain(issue: Issue): string {
  if (issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field(s) ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return issue.code.replaceAll('_', ' ');
  }
}

/** One line per schema issue: `label: field: what`. */
export function issuesOf(label: string, schema: z.ZodMiniType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = where(issue.path);
    return `${label}: ${field ? `${field}: ` : ''}${explain(issue)}`;
  });
}

const idOf = (record: unknown, index: number): string =>
  typeof record === 'object' &&
  record !== null &&
  typeof (record as { id?: unknown }).id === 'string'
    ? (record as { id: string }).id
    : `#${index}`;

export interface DatasetReport {
  problems: string[];
  /** `figure-id.field` for numbers that only the notes explain, not the quote. */
  noteOnly: string[];
}

/** Every problem of a dataset, and which numbers rest on notes alone. */
export function checkDataset(raw: unknown): DatasetReport {
  const problems: string[] = [];
  const noteOnly: string[] = [];
  const shape = z.object({
    sources: z.array(z.unknown()),
    figures: z.array(z.unknown()),
    statements: z.array(z.unknown()),
  });
  const top = shape.safeParse(raw);
  if (!top.success) return { problems: issuesOf('dataset', shape, raw), noteOnly };

  const groups = [
    ['source', sourceSchema, top.data.sources],
    ['figure', figureSchema, top.data.figures],
    ['statement', statementSchema, top.data.statements],
  ] as const;
  for (const [kind, schema, records] of groups) {
    records.forEach((record, i) =>
      problems.push(...issuesOf(`${kind} ${idOf(record, i)}`, schema, record)),
    );
  }
  // Per-record messages above name the record; the whole parse types the rest.
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: problems.length ? problems : issuesOf('dataset', datasetSchema, raw),
      noteOnly,
    };
  }
  const dataset = parsed.data;

  const seen = new Set<string>();
  const once = (kind: string, id: string, namespace: Set<string>) => {
    if (namespace.has(id)) problems.push(`${kind} ${id}: id: used more than once`);
    namespace.add(id);
  };
  const sourceIds = new Set<string>();
  for (const source of dataset.sources) once('source', source.id, sourceIds);
  for (const figure of dataset.figures) once('figure', figure.id, seen);
  for (const statement of dataset.statements) once('statement', statement.id, seen);

  for (const [kind, records] of [
    ['figure', dataset.figures],
    ['statement', dataset.statements],
  ] as const) {
    for (const record of records) {
      if (!sourceIds.has(record.source))
        problems.push(`${kind} ${record.id}: source: unknown source "${record.source}"`);
    }
  }

  for (const figure of dataset.figures) {
    const inQuote = numbersIn(figure.quote);
    const inNotes = numbersIn(figure.notes ?? '');
    for (const field of ['value', 'min', 'max'] as const) {
      const value = figure[field];
      if (value === undefined || inQuote.has(value)) continue;
      if (inNotes.has(value)) noteOnly.push(`${figure.id}.${field}`);
      else
        problems.push(
          `figure ${figure.id}: ${field}: ${value} is in neither the quote nor the notes`,
        );
    }
  }
  return { problems, noteOnly };
}

const canonical = (value: object | null) => JSON.stringify(value && Object.entries(value).sort());

/** Every problem of a story pack, against the dataset it refers to. */
export function checkPack(raw: unknown, dataset: Dataset): string[] {
  const label = `pack ${idOf(raw, 0)}`;
  const problems = issuesOf(label, storyPackSchema, raw);
  if (problems.length) return problems;
  const pack = storyPackSchema.parse(raw);

  const figures = new Map(dataset.figures.map((f) => [f.id, f]));
  const statements = new Set(dataset.statements.map((s) => s.id));
  const sources = new Set(dataset.sources.map((s) => s.id));

  for (const claim of pack.claims) {
    const at = `${label}: claim "${claim.text}"`;
    if (!sources.has(claim.source))
      problems.push(`${at}: source: unknown source "${claim.source}"`);
    for (const ref of claim.refs) {
      if (claim.kind === 'denial') {
        if (!statements.has(ref)) problems.push(`${at}: refs: "${ref}" is not a dataset statement`);
        continue;
      }
      const figure = figures.get(ref);
      if (!figure) problems.push(`${at}: refs: "${ref}" is not a dataset figure`);
      else if (figure.metric !== claim.metric) {
        problems.push(`${at}: refs: "${ref}" counts ${figure.metric}, not ${claim.metric}`);
      }
    }
    if (claim.kind === 'casualty') {
      const field = claim.value !== undefined ? 'value' : 'min';
      const value = claim[field]!;
      if (!numbersIn(claim.text).has(value))
        problems.push(`${at}: ${field}: ${value} cannot be read in the text`);
    }
  }

  const indexed = new Set<string>();
  for (const entry of pack.figureIndex) {
    const at = `${label}: figureIndex ${entry.id}`;
    if (indexed.has(entry.id)) problems.push(`${at}: id: listed more than once`);
    indexed.add(entry.id);
    const figure = figures.get(entry.id);
    if (!figure) problems.push(`${at}: id: not a dataset figure`);
    else if (canonical(indexEntry(figure)) !== canonical(entry)) {
      problems.push(`${at}: differs from the dataset figure (rebuild with npm run data:build)`);
    }
  }
  return problems;
}

/** Every problem of a dataset and the packs that refer to it. */
export function checkData(dataset: unknown, packs: readonly unknown[]): string[] {
  const report = checkDataset(dataset);
  const parsed = datasetSchema.safeParse(dataset);
  if (!parsed.success) return report.problems;
  const problems = [...report.problems];
  const ids = new Set<string>();
  packs.forEach((pack, i) => {
    const id = idOf(pack, i);
    if (ids.has(id)) problems.push(`pack ${id}: id: used by more than one pack`);
    ids.add(id);
    problems.push(...checkPack(pack, parsed.data));
  });
  return problems;
}
