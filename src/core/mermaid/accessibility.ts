/**
 * A diagram's text alternative (accTitle / accDescr) taken from the section's data, written
 * into the Mermaid source so that the drawn SVG, and every SVG or PNG export of it, carries
 * a <title> and <desc> for screen readers.
 */
import { diagramKeyword, lineOfOffset, originOf, preprocess, sourceLines } from './preprocess';
import { DIAGRAM_TYPES } from './keywords';

export interface TextAlternative {
  title?: string;
  description?: string;
}

const SUPPORTED = new Set(DIAGRAM_TYPES.filter((t) => t.textAlternative).map((t) => t.keyword));

export function supportsTextAlternative(source: string): boolean {
  return SUPPORTED.has(diagramKeyword(preprocess(source).text));
}

/**
 * One line of plain text that no Mermaid preprocessing step can read as syntax: `%%` would
 * start a comment or an init directive, and `#name;` is Mermaid's entity syntax.
 */
export function sanitiseAccessibleText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/%{2,}/g, '%')
    .replace(/#(?=\w+;)/g, '# ')
    .trim();
}

/**
 * The title of a diagram whose type takes no accTitle, as a Mermaid comment line after its type
 * line: Mermaid drops it before parsing every type, and the preview and the downloads read the
 * name from it, so no figure is announced only as "Diagram".
 */
const TITLE_COMMENT = '%% title: ';
const TITLE_LINE = /^\s*(?:accTitle\s*:|%% title:)\s*(.+?)\s*$/m;
const ADDED_LINE = /^\s*(acc(Title|Descr)\s*:|%% title:)/;

/** The diagram's name: its accTitle, or the title comment for types that take none. */
export function diagramTitle(source: string): string | undefined {
  return TITLE_LINE.exec(source)?.[1];
}

/**
 * `source` with `accTitle:` and `accDescr:` lines after its diagram type line, for the ones it
 * does not have yet; for a type without text alternatives, the title as a comment. Unchanged
 * when there is nothing to add. The one-line accDescr form is used: a `{ … }` block would end
 * at the first `}`.
 */
export function withTextAlternative(source: string, alternative: TextAlternative): string {
  const code = preprocess(source);
  const supported = SUPPORTED.has(diagramKeyword(code.text));
  const title = sanitiseAccessibleText(alternative.title ?? '');
  const description = sanitiseAccessibleText(alternative.description ?? '');
  const added: string[] = [];
  if (!supported) {
    if (title !== '' && diagramTitle(source) === undefined) added.push(TITLE_COMMENT + title);
  } else {
    if (title !== '' && !/^\s*accTitle\s*:/m.test(code.text)) added.push(`accTitle: ${title}`);
    if (description !== '' && !/^\s*accDescr\s*[:{]/m.test(code.text)) {
      added.push(`accDescr: ${description}`);
    }
  }
  if (added.length === 0 || code.text === '') return source;

  const lines = sourceLines(source);
  const header = lineOfOffset(source, originOf(code, 0)) - 1;
  // Indented like the statement after the header, so the result reads as if typed.
  const next = lines.slice(header + 1).find((l) => l.trim() !== '');
  const indent = next !== undefined ? /^\s*/.exec(next)?.[0] : undefined;
  const prefix = indent ?? `${/^\s*/.exec(lines[header] ?? '')?.[0] ?? ''}  `;
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  const inserted = added.map((l) => prefix + l);
  return [...lines.slice(0, header + 1), ...inserted, ...lines.slice(header + 1)].join(newline);
}

/**
 * A line of a diagram as drawn in the preview (with the text alternative that
 * withTextAlternative put after its type line) as the line the author wrote, so that the
 * preview's error names the same line as the editor. Text-alternative lines the author wrote
 * right after the type line are counted as added too: a rare shift of their count.
 */
export function authoredLine(rendered: string, line: number): number {
  const code = preprocess(rendered);
  if (code.text === '') return line;
  const lines = sourceLines(rendered);
  const header = lineOfOffset(rendered, originOf(code, 0));
  let added = 0;
  while (ADDED_LINE.test(lines[header + added] ?? '')) added++;
  return line <= header ? line : Math.max(header, line - added);
}
