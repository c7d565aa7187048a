// npm run bench (inspections part): the architecture model and every inspection, on the
// worked example and on a document of 200 components, median of 50 runs. Each run gets a new
// document object, as after an edit, so nothing is served from the last run's cache.
import { register } from 'node:module';
import { withIds } from '../src/core/document/fields';
import { readArchitecture } from '../src/document/architecture/read';
import { createExampleDocument } from '../src/document/example';
import { inspectModel } from '../src/document/inspections/inspect';
import { deriveAll } from '../src/document/markdown/toMarkdown';
import type { ArchDocument } from '../src/document/schema';

register('./export/cjs-named-exports.mjs', import.meta.url);

const RUNS = 50;
const NOW = '2026-12-01T10:00:00.000Z';

function large(doc: ArchDocument, n: number): ArchDocument {
  const big = structuredClone(doc);
  const s = big.sections;
  s.systemComponents.components = withIds(
    ...Array.from({ length: n }, (_, i) => ({
      component: `Service ${i}`,
      responsibility: `Owns domain ${i}`,
      technology: i % 5 === 0 ? 'PostgreSQL 16' : 'Node.js 22 + TypeScript (Fastify)',
    })),
  );
  const node = (i: number) => (i % 5 === 0 ? `s${i}[(Service ${i})]` : `s${i}[Service ${i}]`);
  s.systemComponents.diagram = `flowchart LR\n${Array.from(
    { length: n },
    (_, i) => `  ${node(i)} --> s${(i * 7 + 1) % n}`,
  ).join('\n')}`;
  s.dataArchitecture.dataFlowDiagram = s.systemComponents.diagram;
  return big;
}

async function measure(name: string, doc: ArchDocument): Promise<void> {
  const derived = await deriveAll(doc);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const edited = { ...doc, sections: { ...doc.sections } };
    const start = performance.now();
    findings = inspectModel(readArchitecture(edited, derived)).findings.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)] ?? 0;
  console.log(
    `Model + ${findings} findings of every inspection, ${name}: median ${median.toFixed(2)} ms, max ${(times.at(-1) ?? 0).toFixed(2)} ms (runs ${RUNS}; they run 300 ms after typing stops)`,
  );
}

const example = await createExampleDocument(NOW);
await measure('worked example', example);
await measure('200 components', large(example, 200));
