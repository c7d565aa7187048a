/**
 * Test support only (no app code imports it): the shared corpus and one Mermaid instance
 * configured as the app configures it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// import.meta.dirname, not new URL(…, import.meta.url): Vite rewrites the latter to /@fs/….
const CORPUS = join(import.meta.dirname, '../../fixtures/corpus/mermaid');

/** Beyond Mermaid's limits (288 KB, 30 000 edges): the app shows a message instead. */
export const PATHOLOGICAL = 'large-flowchart-huge-pathological.mmd';

export function corpusFiles(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.mmd'))
    .sort();
}

export function readCorpus(name: string): string {
  return readFileSync(join(CORPUS, name), 'utf8');
}

const load = async () => {
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  return mermaid;
};
let loaded: ReturnType<typeof load> | undefined;

export function loadMermaid(): ReturnType<typeof load> {
  loaded ??= load();
  return loaded;
}

/** Mermaid's error message for `source`, or undefined when it parses. */
export async function parseError(source: string): Promise<string | undefined> {
  const mermaid = await loadMermaid();
  try {
    await mermaid.parse(source);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

interface FlowDb {
  getVertices(): Map<string, { id: string }>;
  getSubGraphs(): { id: string }[];
  getEdges(): { start: string; end: string }[];
}
interface C4Db {
  getC4ShapeArray(): { alias: string }[];
  getRels(): { from: string; to: string }[];
}

/** The links Mermaid itself finds, as "from→to": the oracle for the graph scanner. */
export async function mermaidEdges(source: string): Promise<string[]> {
  const mermaid = await loadMermaid();
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  if (diagram.type.startsWith('c4')) {
    return (diagram.db as unknown as C4Db).getRels().map((r) => `${r.from}→${r.to}`);
  }
  const db = diagram.db as unknown as FlowDb;
  const subgraphs = new Set(db.getSubGraphs().map((s) => s.id));
  return db
    .getEdges()
    .filter((e) => !subgraphs.has(e.start) && !subgraphs.has(e.end))
    .map((e) => `${e.start}→${e.end}`);
}

/** The node ids Mermaid itself finds: the oracle for the scanner. */
export async function mermaidIds(source: string): Promise<string[]> {
  const mermaid = await loadMermaid();
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  if (diagram.type.startsWith('c4')) {
    return (diagram.db as unknown as C4Db).getC4ShapeArray().map((s) => s.alias);
  }
  const db = diagram.db as unknown as FlowDb;
  const subgraphs = new Set(db.getSubGraphs().map((s) => s.id));
  return [...db.getVertices().keys()].filter((id) => !subgraphs.has(id));
}
