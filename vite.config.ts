/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { offline } from './scripts/offline-plugin.ts';

const mermaidVersion = (
  JSON.parse(readFileSync('node_modules/mermaid/package.json', 'utf8')) as { version: string }
).version;

/**
 * Nothing may leave the page's origin: the built page says so to the browser too. Styles
 * allow 'unsafe-inline' because Monaco and Mermaid's SVG set inline styles. (Only in the
 * build: the dev server injects inline scripts for hot reload.)
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const CHARSET = '<meta charset="UTF-8" />';

/** Runs for every HTML entry (index.html, print.html); one without the anchor fails the build. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'archbench-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html, { filename }) => {
      if (!html.includes(CHARSET)) {
        throw new Error(`${filename} needs ${CHARSET} for its Content-Security-Policy to follow.`);
      }
      return html.replace(
        CHARSET,
        `${CHARSET}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offline()],
  define: { __MERMAID_VERSION__: JSON.stringify(mermaidVersion) },
  build: {
    target: 'es2022',
    // The print view is its own page (opened by Export PDF, driven headless by
    // scripts/export.ts), so none of its code weighs on the app's first download.
    rolldownOptions: {
      input: { main: 'index.html', print: 'print.html' },
    },
    // Monaco and Mermaid are split into lazy chunks; their size is expected.
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
    // Property tests parse hundreds of inputs: on CI's two shared cores that can take seconds.
    testTimeout: 20_000,
  },
});
