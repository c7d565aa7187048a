/**
 * The MADR export and import as the form uses them. This module (with fflate and yaml) is
 * loaded by a dynamic import() only when the user exports or imports: it stays out of the
 * first download.
 */
import { strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { isBlankDecision, type Decision } from '../decisions';
import { fromMadr } from './fromMadr';
import { mergeImported, type FileRead, type ImportSummary } from './merge';
import { madrFileName, toMadr } from './toMadr';

export { summaryLine } from './merge';
export type { ImportSummary } from './merge';

/** "decision-log.zip": one NNNN-slug.md per record that has anything in it. */
export function madrZip(decisions: readonly Decision[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const d of decisions.filter((d) => !isBlankDecision(d))) {
    const name = madrFileName(d);
    let unique = name;
    for (let n = 2; unique in files; n++) unique = name.replace(/\.md$/, `-${n}.md`);
    files[unique] = strToU8(toMadr(d, decisions));
  }
  return zipSync(files, { level: 6 });
}

/** A chosen file as the form reads it. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

const MAX_FILE = 1024 * 1024;
const MAX_ZIP_TOTAL = 20 * 1024 * 1024;
const MAX_ZIP_FILES = 1000;
const isMarkdown = (name: string) => /\.(md|markdown)$/i.test(name);

type Failure = { name: string; reason: string };

function readText(
  name: string,
  path: string,
  bytes: Uint8Array,
  reads: FileRead[],
  failures: Failure[],
) {
  if (bytes.length > MAX_FILE) return failures.push({ name, reason: 'larger than 1 MB' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failures.push({ name, reason: 'not UTF-8 text' });
  }
  reads.push({ name, path, result: fromMadr(text, path) });
}

function readZip(name: string, bytes: Uint8Array, reads: FileRead[], failures: Failure[]) {
  let entries: Unzipped;
  let total = 0;
  let count = 0;
  const tooLarge: Failure[] = [];
  try {
    entries = unzipSync(bytes, {
      // Sizes are checked before anything is inflated: a zip bomb is refused, not unpacked.
      filter: (f) => {
        if (f.name.endsWith('/') || f.name.startsWith('__MACOSX/') || !isMarkdown(f.name)) {
          return false;
        }
        const label = `${name}: ${f.name}`;
        if (f.originalSize > MAX_FILE) {
          tooLarge.push({ name: label, reason: 'larger than 1 MB' });
        } else if ((total += f.originalSize) > MAX_ZIP_TOTAL || ++count > MAX_ZIP_FILES) {
          throw new Error('too large');
        } else return true;
        return false;
      },
    });
  } catch (error) {
    const large = error instanceof Error && error.message === 'too large';
    const reason = large ? 'more than 20 MB or 1,000 files of Markdown' : 'not a readable zip file';
    return failures.push({ name, reason });
  }
  const names = Object.keys(entries).sort();
  if (names.length === 0 && tooLarge.length === 0) {
    failures.push({ name, reason: 'no .md files in the zip' });
  }
  failures.push(...tooLarge);
  for (const entry of names)
    readText(`${name}: ${entry}`, entry, entries[entry] ?? new Uint8Array(), reads, failures);
}

const isZip = (file: PickedFile) =>
  /\.zip$/i.test(file.name) || (file.bytes[0] === 0x50 && file.bytes[1] === 0x4b);

/** The chosen .md and .zip files read and added to the log (see mergeImported). */
export function importMadr(
  existing: readonly Decision[],
  picked: readonly PickedFile[],
): { decisions: Decision[]; summary: ImportSummary } {
  const reads: FileRead[] = [];
  const failures: Failure[] = [];
  for (const file of picked) {
    if (isZip(file)) readZip(file.name, file.bytes, reads, failures);
    else if (isMarkdown(file.name)) readText(file.name, file.name, file.bytes, reads, failures);
    else failures.push({ name: file.name, reason: 'not a .md or .zip file' });
  }
  return mergeImported(existing, reads, failures);
}
