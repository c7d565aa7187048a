import fc from 'fast-check';
import { escapeHeading, escapeTags } from '../core/markdown/escape';
import { bulletList, labelled, markdownText, numberedList, table } from '../core/markdown/blocks';
import { findAll, parseMarkdown } from './markdown';

/**
 * The properties of Markdown built from user text, shared by the unit tests (a thousand random
 * cases on every run) and `npm run fuzz` (a hundred thousand). Each throws on a counterexample.
 */

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

/**
 * Pieces of Markdown that open or close blocks: the start and end conditions of every CommonMark
 * HTML block (types 1-7), fences of both kinds and lengths with and without info strings,
 * indented code, list and quote markers, link reference definitions, footnotes and tables.
 */
const BLOCK_PIECES = [
  ...['<script>', '<pre>', '<style>', '<textarea>', '<SCRIPT ', '<pre', '</pre>', '</script>'],
  ...['</style>', '</textarea>', '<!--', '-->', '<!---->', '<?', '?>', '<!D', '<!DOCTYPE html'],
  ...['>', '<![CDATA[', ']]>', '<div>', '</div>', '<table', '<details open>', '<p/>'],
  ...['<a href="x">', '</span>', '<x-y z>', '<b', '```', '````', '`````', '~~~', '~~~~', '```js'],
  ...['~~~ `x`', '``` `x`', '    ', '\t', '- ', '* ', '+ ', '1. ', '2) ', '> ', '>'],
  ...['[a]: ', '[a]: <', '"t"', "'", '(', '[^1]: ', '| a |', '|---|', '|', '---', ':-:', '==='],
  ...['\n', '\n', '\n\n', ' ', 'a', 'b', '`', '\\', '#', '## ', '<', '/', '!', '-', '[', ']'],
];

// Blocks are read line by line: lines of a few pieces each, after an indent or a container
// marker, separated by single or blank lines, reach the interplay of an opener on one line and
// a closer on a later one far more often than a flat string of pieces does.
const LINE_STARTS = ['', '', ' ', '   ', '    ', '\t', '- ', '> ', '1. ', '  ', '> > ', '- > '];
const line = fc
  .tuple(
    fc.constantFrom(...LINE_STARTS),
    fc.array(fc.constantFrom(...BLOCK_PIECES), { maxLength: 3 }),
  )
  .map(([start, pieces]) => start + pieces.join(''));
const lines = (maxLines: number) =>
  fc
    .array(fc.tuple(line, fc.constantFrom('\n', '\n', '\n\n')), { maxLength: maxLines })
    .map((parts) => parts.map(([text, end]) => text + end).join(''));

export const blockText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...BLOCK_PIECES), maxLength }),
    lines(Math.ceil(maxLength / 2)),
  );

/** User text placed before the next section never swallows it, and is kept as written. */
export const noTextSwallowsTheNextSection = (maxLength = 14) =>
  fc.property(blockText(maxLength), (value) => {
    const text = markdownText(value);
    const trimmed = value.replace(/\r\n?/g, '\n').trim();
    check(text.startsWith(trimmed), 'the text as written is kept; only closers follow it');
    check(markdownText(text) === text, 'text that opens nothing comes back unchanged');
    const tree = parseMarkdown(`${text}\n\n## Next\n\nAfter`);
    const last = tree.children.at(-1);
    const heading = tree.children.at(-2);
    check(
      heading?.type === 'heading' && heading.depth === 2 && last?.type === 'paragraph',
      'the next section keeps its heading and its paragraph',
    );
    check(findAll(tree, 'text').at(-1)?.value === 'After', 'the next section keeps its text');
  });

const inlineText = (maxLength: number) =>
  fc.string({
    unit: fc.constantFrom(
      ...['a', '<', '>', '`', '\\', '/', '!', '?', ' ', '-', '\n', 'b', '<div>', '<!--', '<?'],
      ...['<b ', '</', '<a:b', 'http', ':', '|', '#', '* ', '1. ', '    ', '```', '~~~', '\n\n'],
    ),
    maxLength,
  });

/** No text becomes HTML (or an autolink) in a paragraph, a list item, a heading or a cell. */
export const noTextBecomesHtml = (maxLength = 24) =>
  fc.property(inlineText(maxLength), (value) => {
    const placed = [
      escapeTags(value),
      bulletList([value, 'b']),
      numberedList([value]),
      labelled('Label', value),
      `# ${escapeHeading(value)}`,
      table(['A', 'B'], [[value, value]]),
    ];
    for (const markdown of placed) {
      // A cell's line breaks are <br>, the one tag written on purpose.
      const tree = parseMarkdown(markdown);
      const html = findAll(tree, 'html').filter((n) => n.value !== '<br>');
      const autolinks = findAll(tree, 'link').filter(
        (n) => n.position && markdown.charAt(n.position.start.offset ?? 0) === '<',
      );
      check(html.length + autolinks.length === 0, `no HTML in ${JSON.stringify(markdown)}`);
    }
  });

const cellText = fc.string({
  unit: fc.constantFrom('a', ' ', '|', '\\', '\n', '`', '*', '<', '-', ':', 'é', '\t'),
  maxLength: 12,
});

/** Any cell text yields a table with the same number of columns in every row. */
export const everyRowKeepsItsColumns = () =>
  fc.property(
    fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
    (rows) => {
      const markdown = table(['A', 'B', 'C'], rows);
      const kept = rows.filter((r) => r.some((c) => c.trim() !== ''));
      const tables = findAll(parseMarkdown(markdown), 'table');
      if (kept.length === 0) return check(markdown === '', 'no rows, no table');
      check(tables.length === 1, 'one table');
      check(tables[0]?.children.length === kept.length + 1, 'every row that has text');
      for (const row of tables[0]?.children ?? []) check(row.children.length === 3, '3 columns');
    },
  );
