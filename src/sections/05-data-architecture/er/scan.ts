/**
 * A small tokenizer for one statement. node-sql-parser rejects valid DDL it has no grammar
 * for (domain types, `vector(20)`, generated columns); the lenient pass uses these tokens
 * to find and blank such spans without shifting any position (see mask.ts).
 */

export type TokenKind = 'word' | 'quoted' | 'string' | 'open' | 'close' | 'comma' | 'other';

export interface Token {
  kind: TokenKind;
  /** Source text of the token (quotes included). */
  text: string;
  start: number;
  end: number;
  /** Parenthesis depth: 0 outside any group; an `open` token has the depth of its outside. */
  depth: number;
}

const WORD = /[\w$\u0080-\uffff]+/y;
const DOLLAR = /\$(?:[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/y;

/** End of a match of the sticky `re` at `at`, or -1. */
function matchAt(re: RegExp, sql: string, at: number): number {
  re.lastIndex = at;
  return re.test(sql) ? re.lastIndex : -1;
}

function closeQuote(sql: string, start: number, close: string, backslash: boolean): number {
  let i = start + 1;
  while (i < sql.length) {
    if (backslash && sql[i] === '\\') i += 2;
    else if (sql[i] === close && sql[i + 1] === close) i += 2;
    else if (sql[i] === close) return i + 1;
    else i += 1;
  }
  return sql.length;
}

/** Tokens of `sql`, comments and blanks dropped. Never throws. */
export function tokenize(sql: string, mysql = false): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  let i = 0;
  const push = (kind: TokenKind, end: number, at = depth): void => {
    tokens.push({ kind, text: sql.slice(i, end), start: i, end, depth: at });
    i = end;
  };
  while (i < sql.length) {
    const c = sql.charAt(i);
    if (/\s/.test(c)) {
      i += 1;
    } else if ((c === '-' && sql[i + 1] === '-') || (mysql && c === '#')) {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? sql.length : end + 2;
    } else if (c === "'") {
      const escaped = mysql || /^[eE]$/.test(tokens.at(-1)?.text ?? '');
      push('string', closeQuote(sql, i, "'", escaped));
    } else if (c === '"' || c === '`') {
      push('quoted', closeQuote(sql, i, c, false));
    } else if (c === '[') {
      push('quoted', closeQuote(sql, i, ']', false));
    } else if (c === '(') {
      push('open', i + 1);
      depth += 1;
    } else if (c === ')') {
      depth = Math.max(0, depth - 1);
      push('close', i + 1);
    } else if (c === ',') {
      push('comma', i + 1);
    } else if (c === '$' && matchAt(DOLLAR, sql, i) !== -1) {
      const tag = sql.slice(i, DOLLAR.lastIndex);
      const end = sql.indexOf(tag, DOLLAR.lastIndex);
      push('string', end === -1 ? sql.length : end + tag.length);
    } else if (matchAt(WORD, sql, i) !== -1) {
      push('word', WORD.lastIndex);
    } else if (c === ':' && sql[i + 1] === ':') {
      push('other', i + 2);
    } else {
      push('other', i + 1);
    }
  }
  return tokens;
}

/** Stands for a token past either end, so lookahead needs no bounds checks. */
export const NO_TOKEN: Token = { kind: 'other', text: '', start: 0, end: 0, depth: -1 };

export function tokenAt(tokens: Token[], k: number): Token {
  return tokens[k] ?? NO_TOKEN;
}

/** Upper-cased text of a word token, '' for anything else. */
export function keyword(token: Token | undefined): string {
  return token?.kind === 'word' ? token.text.toUpperCase() : '';
}

/** An identifier's name without its quotes ("x", `x`, [x]); anything else unchanged. */
export function unquote(text: string): string {
  const close = { '"': '"', '`': '`', '[': ']' }[text.charAt(0)];
  if (!close || text.length < 2 || !text.endsWith(close)) return text;
  return text
    .slice(1, -1)
    .split(close + close)
    .join(close);
}

/** Index of the token closing the group opened at `open` (or the last token). */
export function matchingClose(tokens: Token[], open: number): number {
  for (let k = open + 1; k < tokens.length; k++) {
    const t = tokenAt(tokens, k);
    if (t.kind === 'close' && t.depth === tokenAt(tokens, open).depth) return k;
  }
  return tokens.length - 1;
}

/** The last part of a possibly schema-qualified name starting at token `k`, and the index
 * after it: `public.film` → film, `[dbo].[Album]` → Album. */
export function qualifiedName(tokens: Token[], k: number): { name: string; next: number } {
  let name = '';
  let j = k;
  while (tokenAt(tokens, j).kind === 'word' || tokenAt(tokens, j).kind === 'quoted') {
    name = unquote(tokenAt(tokens, j).text);
    j += 1;
    if (tokens[j]?.text !== '.') break;
    j += 1;
  }
  return { name, next: j };
}
