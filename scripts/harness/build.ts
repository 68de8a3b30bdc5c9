import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type Target = 'chrome' | 'firefox';

/**
 * Builds the extension exactly as users get it, into a private folder so that
 * concurrent tools never read a half-written build. Build logs go to stderr.
 */
export function buildExtension(target: Target, env: Record<string, string> = {}): string {
  const outDir = mkdtempSync(join(tmpdir(), 'crosscount-build-'));
  const args = ['wxt', 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])];
  const run = spawnSync('npx', args, {
    cwd: resolve(import.meta.dirname, '../..'),
    env: { ...process.env, ...env, CROSSCOUNT_OUT_DIR: outDir },
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (run.status !== 0) throw new Error(`wxt build for ${target} failed (exit ${run.status})`);
  return join(outDir, target === 'firefox' ? 'firefox-mv3' : 'chrome-mv3');
}
