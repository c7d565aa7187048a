import type { RootContent } from 'mdast';
import { parseMarkdown } from './parse';

// Written after the text, then looked for: if the parse does not see it as a heading of its
// own, something the text opened (a code fence, an HTML block of CommonMark types 1-5) runs on
// past the text's end and would swallow whatever the document places after it.
const SENTINEL = '## end';

/**
 * What may close a block left open, besides the fence that opened it: the end marks of
 * CommonMark's HTML blocks (declaration, processing instruction, comment, CDATA, raw tags).
 * Which one is right is not read here: the parser tells by letting the sentinel through. The
 * shortest come first, since a longer mark ends with a shorter one (a "-->" would close a
 * "<!DOCTYPE" as well as its ">" does).
 */
const END_MARKS = ['>', '?>', '-->', ']]>', '</pre>', '</style>', '</script>', '</textarea>'];

/** The block that swallows the sentinel written after `text`, or undefined when none does. */
function swallower(text: string): RootContent | undefined {
  const tree = parseMarkdown(`${text}\n\n${SENTINEL}`);
  const last = tree.children.at(-1);
  const sentinelStart = text.length + 2;
  if (last?.type === 'heading' && last.position?.start.offset === sentinelStart) return undefined;
  return last;
}

/** The fence marker ("```", "~~~~") of a fenced code block, as its first line writes it. */
function fenceOf(text: string, node: RootContent): string | undefined {
  if (node.type !== 'code') return undefined;
  const start = node.position?.start.offset ?? 0;
  return /^ {0,3}(`{3,}|~{3,})/.exec(text.slice(start))?.[1];
}

const startOf = (node: RootContent | undefined) => node?.position?.start.offset ?? Infinity;

/**
 * User-written Markdown, made safe to place inside a larger document: whatever block the text
 * leaves open is closed after it, until the parser sees what follows the text as separate.
 * Text that opens nothing comes back unchanged.
 */
export function closeOpenBlocks(text: string): string {
  // Only a fence (three ` or ~) or an HTML block ("<" before a letter, "/", "!" or "?") can run
  // past a blank line: text with neither needs no parse. (A Markdown extension that adds such a
  // block, math's $$ say, must be named here.)
  if (!/```|~~~|<[A-Za-z/!?]/.test(text)) return text;
  let current = text;
  // Each round closes one block; a closer never opens a new one, so two rounds are the most a
  // real text needs. The bound only guards against a parser that disagrees with this reading.
  for (let round = 0; round < 8; round++) {
    const open = swallower(current);
    if (!open) return current;
    const fence = fenceOf(current, open);
    let next: { text: string; open: RootContent | undefined } | undefined;
    for (const mark of fence ? [fence] : END_MARKS) {
      const closed = `${current}\n${mark}`;
      const still = swallower(closed);
      if (!still) return closed;
      // A mark that ends this block but leaves another open is progress.
      if (!next && startOf(still) > startOf(open)) next = { text: closed, open: still };
    }
    if (!next) break;
    current = next.text;
  }
  return fencedAsCode(text);
}

/** The last resort, for text no end mark closes: all of it as code, which always ends. */
function fencedAsCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text}\n${fence}`;
}
