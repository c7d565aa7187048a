/**
 * Edits to a statement's text that remember where everything came from: a parse error in
 * the rewritten text is mapped back to its offset in the original, so the reported line and
 * column stay right however the lenient pass reshaped the statement.
 */
import { matchingClose, tokenAt, unquote, type Token } from './scan';

interface Edit {
  from: number;
  to: number;
  text: string;
}

export interface Rewritten {
  text: string;
  /** The offset in the original text of an offset in `text`. */
  toOriginal: (offset: number) => number;
}

export class Rewriter {
  private readonly edits: Edit[] = [];

  constructor(
    readonly source: string,
    readonly tokens: Token[],
  ) {}

  t(k: number): Token {
    return tokenAt(this.tokens, k);
  }

  replace(from: number, to: number, text: string): void {
    this.edits.push({ from, to, text });
  }

  /** Blanks tokens a..b-1 (one space keeps the neighbours apart). */
  blankTokens(a: number, b: number): void {
    if (b > a) this.replace(this.t(a).start, this.t(b - 1).end, ' ');
  }

  /** Quotes a bare word: the grammar rejects column names such as `at` or `session`. */
  quote(k: number, quote: string): void {
    const token = this.t(k);
    if (token.kind === 'word') this.replace(token.start, token.end, quote + token.text + quote);
  }

  /** [name] and `name` as "name", the quoting the PostgreSQL grammar reads. */
  normaliseQuotes(): void {
    for (const token of this.tokens) {
      if (token.kind !== 'quoted' || token.text[0] === '"' || token.text.length < 3) continue;
      const name = unquote(token.text);
      if (!name.includes('"')) this.replace(token.start, token.end, `"${name}"`);
    }
  }

  /** Index after the parenthesised group starting at `k`, or `k` when there is none. */
  afterGroup(k: number): number {
    return this.t(k).kind === 'open' ? matchingClose(this.tokens, k) + 1 : k;
  }

  /** Applies the edits; where two overlap, the one starting first (or longer) wins. */
  result(): Rewritten {
    const edits: Edit[] = [];
    for (const edit of [...this.edits].sort((a, b) => a.from - b.from || b.to - a.to)) {
      if ((edits.at(-1)?.to ?? 0) <= edit.from) edits.push(edit);
    }
    let text = '';
    let at = 0;
    for (const edit of edits) {
      text += this.source.slice(at, edit.from) + edit.text;
      at = edit.to;
    }
    text += this.source.slice(at);
    const toOriginal = (offset: number): number => {
      let delta = 0;
      for (const edit of edits) {
        const start = edit.from + delta;
        if (offset < start) break;
        if (offset < start + edit.text.length) return edit.from;
        delta += edit.text.length - (edit.to - edit.from);
      }
      return offset - delta;
    };
    return { text, toOriginal };
  }
}
