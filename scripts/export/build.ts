import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ExportError } from './errors';

/** What the build is made from: a change to any of these makes dist/ stale. */
const SOURCES = ['src', 'index.html', 'print.html', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), 0);
}

function builtAt(dist: string): number {
  try {
    // Both pages: a dist/ from before the print view has no print.html and counts as stale.
    return Math.min(...['index.html', 'print.html'].map((f) => statSync(join(dist, f)).mtimeMs));
  } catch {
    return 0;
  }
}

/** True when dist/ is missing or older than what it is built from. */
export function needsBuild(root: string): boolean {
  const built = builtAt(join(root, 'dist'));
  return built === 0 || SOURCES.some((source) => newest(join(root, source)) > built);
}

/** Runs the production build (vite build) into dist/; its output is shown only if it fails. */
export function build(root: string): void {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-20).join('\n');
    throw new ExportError(`The app did not build:\n${output || String(result.error)}`);
  }
}
