import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a first visit downloads before anything is lazy-loaded: the entry script of
 * dist/index.html and every chunk it preloads. Mermaid, Monaco and the worked example are
 * loaded on demand and are not counted.
 */
export function initialJs(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const chunks = files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { chunks, gzip: chunks.reduce((sum, c) => sum + c.gzip, 0) };
}
