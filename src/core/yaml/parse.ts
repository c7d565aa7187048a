import {
  LineCounter,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  parseDocument,
  type Document,
  type YAMLError,
} from 'yaml';

/** A key path into a YAML document: map keys as strings, sequence positions as numbers. */
export type YamlPath = readonly (string | number)[];

/** A YAML syntax error in plain words, with its 1-based line. */
export interface YamlProblem {
  message: string;
  line: number;
}

export interface YamlDocument {
  /** The document as plain JS: objects, arrays, strings, numbers, booleans and null. */
  value: unknown;
  /** 1-based line where the document's content starts. */
  line: number;
  /** Syntax errors inside this document (its value may then be partial). */
  errors: YamlProblem[];
  /**
   * 1-based line of the node at `path`. A map entry gives the line of its key, since that is
   * where an editor marker makes sense. A path that does not exist gives the line of its
   * nearest existing ancestor, so "missing field" problems land on the parent.
   */
  lineOf(path: YamlPath): number;
}

export interface ParsedYaml {
  /** Documents with content, in order; empty ones (only comments or `---`) are left out. */
  documents: YamlDocument[];
  /** Every syntax error of the text, in order. */
  errors: YamlProblem[];
}

// Merge keys (`<<: *defaults`) are common in hand-written YAML, and YAML 1.2 dropped them.
// logLevel 'error': the yaml package would otherwise log to the console on odd input (a map
// as a key), on every keystroke; problems reach the user through `errors` instead.
const OPTIONS = { prettyErrors: false, merge: true, logLevel: 'error' } as const;

/** Parses YAML text that holds any number of documents (`---` separated). */
export function parseYamlDocuments(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...OPTIONS, lineCounter });
  const lineAt = lineFinder(text, lineCounter);
  const documents: YamlDocument[] = [];
  const errors: YamlProblem[] = [];
  for (const doc of docs) {
    const parsed = toYamlDocument(doc, lineAt);
    errors.push(...parsed.errors);
    if (parsed.value !== null && parsed.value !== undefined) documents.push(parsed);
  }
  return { documents, errors };
}

/**
 * Parses YAML text that must hold a single document; a second document is a syntax error.
 * An empty text gives a document whose value is null.
 */
export function parseYaml(text: string): YamlDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...OPTIONS, lineCounter });
  return toYamlDocument(doc, lineFinder(text, lineCounter));
}

type LineAt = (offset: number | undefined) => number | undefined;

function lineFinder(text: string, lineCounter: LineCounter): LineAt {
  // An unclosed quote or bracket is reported at the end of the text, which may be an empty
  // last line past the content; the last line that has content is where the user looks.
  const lastLine = Math.max(1, text.replace(/\s+$/, '').split(/\r\n|\r|\n/).length);
  return (offset) =>
    offset === undefined ? undefined : Math.min(lineCounter.linePos(offset).line, lastLine);
}

function toYamlDocument(doc: Document.Parsed, lineAt: LineAt): YamlDocument {
  const line = lineAt(doc.contents?.range[0] ?? doc.range[0]) ?? 1;
  const errors = plainErrors(doc.errors, lineAt);
  let value: unknown = null;
  try {
    value = doc.toJS();
  } catch (error) {
    // toJS refuses alias bombs ("billion laughs") by throwing; that is the user's input.
    errors.push({ message: errorMessage(error), line });
  }
  return { value, line, errors, lineOf: (path) => lineOfPath(doc, path, lineAt) ?? line };
}

function plainErrors(yamlErrors: readonly YAMLError[], lineAt: LineAt): YamlProblem[] {
  const problems: YamlProblem[] = [];
  for (const error of yamlErrors) {
    const line = lineAt(error.pos[0]) ?? 1;
    // One slip (a tab, a missing colon) often cascades into several errors on one line; the
    // first says the most.
    if (problems.some((p) => p.line === line)) continue;
    problems.push({ message: plainMessage(error.message), line });
  }
  return problems;
}

/** The message without the " at line 3, column 1:" suffix and code frame of pretty errors. */
export function plainMessage(message: string): string {
  const text = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function errorMessage(error: unknown): string {
  return plainMessage(error instanceof Error ? error.message : String(error));
}

function lineOfPath(doc: Document.Parsed, path: YamlPath, lineAt: LineAt): number | undefined {
  let node: unknown = doc.contents;
  let line = nodeLine(node, lineAt);
  for (const key of path) {
    // Follow `*anchor` references so paths into merged or shared blocks still find a line.
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return line;
      line = nodeLine(pair.key, lineAt) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item: unknown = node.items[key];
      if (item === undefined) return line;
      line = nodeLine(item, lineAt) ?? line;
      node = item;
    } else {
      return line;
    }
  }
  return line;
}

function nodeLine(node: unknown, lineAt: LineAt): number | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined;
  const range = (node as { range?: readonly number[] | null }).range;
  return lineAt(range?.[0]);
}
