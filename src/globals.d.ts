/** Mermaid's version, from its package.json at build time (vite.config.ts): kept drawings name it. */
declare const __MERMAID_VERSION__: string;
