/**
 * What a decision folder's file names say: the record's number, a date prefix, whether the
 * file is an index page or a template. A record kept as "<slug>/index.md" is named by its
 * folder, so each rule reads the folder name for those files.
 */

const INDEX = /^(?:readme|index)\.(?:md|markdown)$/i;
const segments = (path: string) => path.split(/[\\/]/).filter((s) => s !== '');

/** "docs/decisions/0003-x.md" → "0003-x.md". */
export const baseName = (path: string) => segments(path).at(-1) ?? '';

/** An index page by its name: README.md or index.md. */
export const isIndexName = (path: string) => INDEX.test(baseName(path));

/**
 * The name a record goes by, lower case, without ".md": "0003-x.md" → "0003-x", and
 * "decisions/0003-x/index.md" → "0003-x". Links between records are matched on it.
 */
export function recordKey(path: string): string {
  const parts = segments(path.replace(/[?#].*$/, ''));
  const last = parts.at(-1) ?? '';
  const named = INDEX.test(last) && parts.length > 1 ? (parts.at(-2) ?? '') : last;
  let decoded = named;
  try {
    decoded = decodeURIComponent(named);
  } catch {
    // A stray "%" is kept as written.
  }
  return decoded.replace(/\.(?:md|markdown)$/i, '').toLowerCase();
}

/** "20240524-x" and "2024-05-24-x" (Log4brains, folders per day) start with a date. */
const DATE_PREFIX = /^((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?=[-_. ]|$)/;

/** The date a name starts with, as YYYY-MM-DD; '' when it starts with none. */
export function dateFromFileName(path: string): string {
  const m = DATE_PREFIX.exec(recordKey(path));
  return m ? `${m[1]}-${m[2]}-${m[3]}` : '';
}

/** Numbers are kept with at least four digits, as the log writes them ("12" → "0012"). */
export const padNumber = (digits: string) => digits.padStart(4, '0');

/**
 * "0010-x.md", "docs/0042-x.md", "madr-0010-x.md", "ADR-001_Use_x.md", "adr-15.md",
 * "adr013-x.md", "0017-x/index.md" → "0010", "0042", "0010", "0001", "0015", "0013", "0017".
 * A date prefix is no number.
 */
export function numberFromFileName(path: string): string {
  const key = recordKey(path);
  if (DATE_PREFIX.test(key)) return '';
  const digits =
    /^(\d+)(?=[-_. ]|$)/.exec(key)?.[1] ??
    /^m?adr[-_ ]?(\d+)(?=[-_. ]|$)/.exec(key)?.[1] ??
    /(?:^|[-_ ])(\d{3,})-/.exec(key)?.[1];
  return digits ? padNumber(digits) : '';
}

/**
 * A template by its name: "template.md", "adr-template.md", "0000-TEMPLATE.md",
 * "ADR_TEMPLATE.md", "ADR-nnn_Any_Decision_Record_Template.md". A numbered record whose
 * name merely ends in "template" ("0012-adopt-the-service-template") is a decision.
 */
export function isTemplateName(path: string): boolean {
  const key = recordKey(path);
  if (!/(?:^|[^a-z])template$/.test(key)) return false;
  // '' (no number) matches too.
  return /^0*$/.test(numberFromFileName(path));
}
