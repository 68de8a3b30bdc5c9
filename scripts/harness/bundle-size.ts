import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/** Files a script loads statically (`import … from "./x.js"`), transitively. */
function withImports(root: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  if (!entry.endsWith('.js')) return seen;
  const code = readFileSync(entry, 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    const target = spec!.startsWith('/') ? join(root, spec!) : resolve(dirname(entry), spec!);
    withImports(root, target, seen);
  }
  return seen;
}

/** Size of one HTML page of the build with every script and style it loads. */
export function pageSize(buildDir: string, html: string): BundleSize {
  const page = readFileSync(join(buildDir, html), 'utf8');
  const refs = [...page.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map(([, ref]) =>
    ref!.startsWith('/') ? join(buildDir, ref!) : resolve(buildDir, dirname(html), ref!),
  );
  const files = new Set<string>();
  for (const ref of refs) withImports(buildDir, ref, files);
  return measure(buildDir, [...files]);
}

export function scriptSize(buildDir: string, script: string): BundleSize {
  return measure(buildDir, [...withImports(buildDir, join(buildDir, script))]);
}

function measure(buildDir: string, files: string[]): BundleSize {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.map((f) => relative(buildDir, f)), rawBytes, gzipBytes };
}
