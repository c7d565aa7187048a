// A Node module hook for the command-line export (and its test). The app imports
// node-sql-parser's per-dialect builds by name and without extension
// (`import { Parser } from 'node-sql-parser/build/mysql'`), which Vite allows. Node wants the
// ".js" and cannot see the names in those webpack bundles; this hook supplies the one and
// hands Node an ES module that re-exports the CommonJS exports by name.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const SPECIFIER = /^node-sql-parser\/build\/[\w-]+$/;
const BUNDLES = /\/node_modules\/node-sql-parser\/build\/[\w-]+\.js$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export async function resolve(specifier, context, nextResolve) {
  return nextResolve(SPECIFIER.test(specifier) ? `${specifier}.js` : specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!BUNDLES.test(url)) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const names = Object.keys(createRequire(url)(path)).filter(
    (name) => IDENTIFIER.test(name) && name !== 'default',
  );
  const source = [
    "import { createRequire } from 'node:module';",
    `const exported = createRequire(${JSON.stringify(url)})(${JSON.stringify(path)});`,
    'export default exported;',
    ...names.map((name) => `export const ${name} = exported.${name};`),
  ].join('\n');
  return { format: 'module', source, shortCircuit: true };
}
