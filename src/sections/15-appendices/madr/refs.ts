import type { InlineLink } from './markdown';
import { numberFromFileName, padNumber, recordKey } from './names';

/** A "Supersedes" or "Superseded by" link as the file writes it, before it is followed. */
export interface LinkRef {
  /** The other record's number as the link names it, four digits; '' when it names none. */
  number: string;
  /** recordKey of the linked file; '' when the link names no file. */
  key: string;
  /** The line as written, kept in the record when the link leads to no imported record. */
  source: string;
}

/** "ADR-22", "036. Multi-cluster", "5. Help comments", "0005" → "0022", "0036", "0005", "0005". */
function numberIn(text: string): string {
  const digits = /^\s*(?:adr[-_ ]?)?(\d+)(?!\w)/i.exec(text)?.[1];
  return digits ? padNumber(digits) : '';
}

/** A link to another record of the folder: a relative file, not a page elsewhere. */
const isFileLink = (url: string) => url !== '' && !url.startsWith('#') && !/^mailto:/i.test(url);

/**
 * What a supersede line points at: its first link (by file, and by the number in the link's
 * label or file name), or a number written without a link ("superseded by ADR-0005").
 */
export function refOf(rest: string, links: readonly InlineLink[], source: string): LinkRef | null {
  const link = links[0];
  if (link && isFileLink(link.url)) {
    const number = numberIn(link.label) || numberFromFileName(link.url);
    return { number, key: recordKey(link.url), source };
  }
  const number = numberIn(link ? link.label : rest);
  return number ? { number, key: '', source } : null;
}
