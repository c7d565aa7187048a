/**
 * Mermaid's error messages made readable. Jison parse errors carry a code frame and a list of
 * grammar token names that can run to thirty entries; an author needs the line, what was
 * found and, in words, what was expected.
 */
const MAX_LENGTH = 300;

/** Token names in Mermaid's grammars, grouped into what they mean to an author. */
const EXPECTED: { test: RegExp; words: string }[] = [
  { test: /^NODE_STRING$/, words: 'a node' },
  {
    test: /ARROW|LINK|CROSS|POINT|AGGREGATION|EXTENSION|COMPOSITION|DEPENDENCY|LOLLIPOP/,
    words: 'an arrow',
  },
  { test: /IDENTIFYING|ENTITY_ONE|ZERO_OR|ONE_OR|ONLY_ONE/, words: 'a relationship' },
  { test: /^(SQE|PE|-\)|DIAMOND_STOP|TAGEND)$|END$/, words: 'a closing bracket' },
  { test: /^(ID|ALPHA|ENTITY_NAME|EDGE_STATE|ACTOR)$/, words: 'a name' },
  { test: /^(TEXT|TXT|STR|UNICODE_TEXT|BQUOTE_STR|MD_STR)$/, words: 'text' },
];

const FOUND: Record<string, string> = {
  EOF: 'end of input',
  NEWLINE: 'end of line',
  NL: 'end of line',
  SPACE: 'a space',
};

/** Brackets that, unquoted inside a label, end it early: the most common flowchart mistake. */
const BRACKETS: Record<string, string> = {
  PS: '(',
  PE: ')',
  SQS: '[',
  SQE: ']',
  DIAMOND_START: '{',
  DIAMOND_STOP: '}',
};

function expectedWords(tokens: string[]): string | undefined {
  const words: string[] = [];
  for (const { test, words: w } of EXPECTED) {
    if (tokens.some((t) => test.test(t))) words.push(w);
  }
  // "a node" already says text is welcome; more than two alternatives reads like a grammar.
  const kept = (words.includes('a node') ? words.filter((w) => w !== 'text') : words).slice(0, 2);
  if (kept.length > 0) return kept.join(' or ');
  if (tokens.length > 0 && tokens.length <= 4)
    return tokens.map((t) => `"${t.toLowerCase()}"`).join(' or ');
  return undefined;
}

/** The text under the caret of Jison's code frame, as far as the next space. */
function textAtCaret(lines: string[]): string | undefined {
  const caretLine = lines.findIndex((l) => /^-*\^$/.test(l));
  const caret = lines[caretLine]?.length ?? 0;
  const frame = lines[caretLine - 1];
  if (frame === undefined) return undefined;
  const rest = frame.slice(caret - 1).replace(/\.\.\.$/, '');
  return /^\s*(\S{1,20})/.exec(rest)?.[1];
}

function jisonParseError(head: string, lines: string[]): string {
  const expecting = lines.find((l) => l.startsWith('Expecting '));
  if (!expecting) return head;
  const tokens = [...expecting.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '');
  const got = tokens.pop() ?? '';
  const near = textAtCaret(lines);
  const bracket = BRACKETS[got];
  const found = FOUND[got] ?? `"${bracket ?? near ?? got.toLowerCase()}"`;
  const expected = expectedWords(tokens);
  let text = `${head}: unexpected ${found}`;
  if (expected) text += `; expected ${expected}`;
  if (bracket && expected?.includes('closing bracket')) {
    text += ' (put a label that contains brackets in quotes: A["…"])';
  }
  return text;
}

/** Grammar token types read as words: NUMBER_PIE → "number pie", ':' → '":"'. */
function tokenWords(type: string): string {
  return /[a-z]/i.test(type) ? type.toLowerCase().replace(/_/g, ' ') : `"${type}"`;
}

/** Langium lists every lexer and parser error; the first one is where to look. */
function langiumError(message: string): string {
  const errors = message
    .replace(/^Parsing failed:\s*/, '')
    .split(/(?=\b(?:Lexer|Parse) error on line)/);
  const first = (errors.find((e) => e.trim() !== '') ?? '').trim();
  const head = /^(?:Parse|Lexer) error on line [\d?]+, column [\d?]+/.exec(first)?.[0];
  if (!head) return first.split('\n')[0] ?? first;
  const character = /unexpected character: ->(.*?)<-/s.exec(first)?.[1];
  if (character !== undefined) return `${head}: unexpected character "${character}"`;
  const found = /but found:?\s*`([^`]*)`/.exec(first)?.[1];
  if (found === undefined) return first.split('\n')[0] ?? head;
  const what = found.trim() === '' ? 'end of line' : `"${found}"`;
  const type = /Expecting token of type '([^']+)'/.exec(first)?.[1];
  return `${head}: unexpected ${what}${type ? `; expected ${tokenWords(type)}` : ''}`;
}

/** The useful part of a Mermaid error message, on one line, with its line number kept. */
export function shortenMessage(message: string): string {
  const lines = message.split('\n').map((l) => l.trimEnd());
  const head = lines[0]?.trim() ?? '';
  let text: string;
  const parse = /^(Parse error on line \d+):$/.exec(head);
  const lexical = /^(Lexical error on line \d+)\. Unrecognized text\.$/.exec(head);
  if (parse?.[1]) text = jisonParseError(parse[1], lines);
  else if (lexical?.[1]) {
    const near = textAtCaret(lines);
    text = `${lexical[1]}: unrecognized text${near ? ` "${near}"` : ''}`;
  } else if (head.startsWith('Parsing failed:')) text = langiumError(message);
  else if (head.startsWith('No diagram type detected')) {
    text = 'No diagram type detected: the first line must name one, e.g. "flowchart TD"';
  } else text = head;
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
