// The import rules of .dependency-cruiser.cjs (layers, features, no file cycle), then one more
// that dependency-cruiser has no rule for: no cycle between folders (a section or a feature is
// one folder; core and document count as one each).
import { cruise } from 'dependency-cruiser';
import { createRequire } from 'node:module';

const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs');
const { output } = await cruise(['src'], {
  ...config.options,
  validate: true,
  ruleSet: { forbidden: config.forbidden },
  outputType: 'json',
});
const result = typeof output === 'string' ? JSON.parse(output) : output;

const violations = result.summary.violations;
for (const v of violations)
  console.error(
    `  ${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name ?? c).join(' → ')})` : ''}`,
  );

const folder = (path) => {
  const [, top, sub] = path.match(/^src\/([^/]+)\/?([^/]*)/) ?? [];
  if (!top) return null;
  return top === 'sections' && sub && !sub.includes('.') ? `sections/${sub}` : top;
};
const edges = new Map();
for (const m of result.modules) {
  const from = folder(m.source);
  if (!from || from === 'test') continue;
  for (const d of m.dependencies) {
    const to = folder(d.resolved);
    if (!to || to === from || to === 'test' || d.dynamic) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    edges.get(from).set(to, `${m.source} → ${d.resolved}`);
  }
}
// A cycle between folders: a path from a folder back to itself (depth-first, colours).
const colour = new Map();
const cycles = [];
const visit = (node, path) => {
  colour.set(node, 'grey');
  for (const [next, example] of edges.get(node) ?? []) {
    if (colour.get(next) === 'grey')
      cycles.push(
        [...path.slice(path.indexOf(next)), node, next].join(' → ') + `  (e.g. ${example})`,
      );
    else if (!colour.has(next)) visit(next, [...path, node]);
  }
  colour.set(node, 'black');
};
for (const node of edges.keys()) if (!colour.has(node)) visit(node, []);
for (const c of cycles) console.error(`  folder cycle: ${c}`);

const modules = result.summary.totalCruised;
if (violations.length + cycles.length > 0) {
  console.error(`Imports: ${violations.length} rule violations, ${cycles.length} folder cycles.`);
  process.exit(1);
}
console.log(`Imports: ${modules} modules, 0 rule violations, 0 file or folder cycles.`);
