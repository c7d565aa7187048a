/**
 * Where a Mermaid error points in the author's source. Mermaid reports lines of the text it
 * parsed (front matter, directives and comment lines removed), and some errors carry no line
 * at all; both are traced back here so the editor can mark the right line.
 */
import { shortenMessage } from './messages';
import { lineOfOffset, originOf, parserInput } from './preprocess';
import { SEMANTIC } from './semantic';

/** Jison ("Parse error on line 4:", "Lexical error on line 1.") and Langium parsers alike. */
const REPORTED_LINE = /\b(?:Parse|Lexical|Lexer) error on line (\d+)/;

/**
 * The 1-based line of `source` that Mermaid's error `message` is about, or undefined when the
 * error concerns the diagram as a whole (edge limit, text size) or is not recognised.
 */
export function locateMermaidError(source: string, message: string): number | undefined {
  const reported = REPORTED_LINE.exec(message);
  if (reported) return fromParserLine(source, Number(reported[1]));
  for (const locate of SEMANTIC) {
    const line = locate(source, message);
    if (line !== undefined) return line;
  }
  return undefined;
}

/** Maps a line of the parser's input back to the source. */
function fromParserLine(source: string, parserLine: number): number {
  const code = parserInput(source);
  let offset = 0;
  for (let line = 1; line < parserLine && offset < code.text.length; line++) {
    const next = code.text.indexOf('\n', offset);
    offset = next < 0 ? code.text.length : next + 1;
  }
  const lineEnd = code.text.indexOf('\n', offset);
  const content = code.text.slice(offset, lineEnd < 0 ? undefined : lineEnd);
  // Errors at the end of input (Mermaid appends a newline) or on a blank line are about the
  // unfinished statement before them: point at the last character that has content.
  let at = offset;
  if (content.trim() === '') {
    at = offset - 1;
    while (at > 0 && /\s/.test(code.text[at] ?? '')) at--;
  }
  if (at < 0 || code.text.length === 0) return 1;
  return lineOfOffset(source, originOf(code, Math.min(at, code.text.length - 1)));
}

/**
 * A short, readable form of a Mermaid error message that keeps its line number. Given the
 * source, the line number is rewritten to the source line (Mermaid counts lines after front
 * matter and comment lines), so the message agrees with the editor's marker.
 */
export function cleanMermaidMessage(message: string, source?: string): string {
  const text = shortenMessage(message);
  const line = source === undefined ? undefined : locateMermaidError(source, message);
  return line === undefined ? text : text.replace(/\bline (\d+|\?)/, `line ${line}`);
}
