import { unpackDocument } from '../packed';
import { restoreDocument } from '../restore';
import type { MarkdownImport } from './types';
import { createEmptyDocument } from '../create';
import { newId } from '../../core/ids';
import { findEmbedded } from '../markdown/embedded';
import { NOTES } from './place';
import { fileTitle, readByHeadings } from './read';
import { loadSectionImports } from './sectionImports';

export type { ImportPlacement, MarkdownImport } from './types';

export { NOTES as IMPORTED_NOTES };

// Larger text is kept whole in the imported notes rather than read by its headings: parsing
// it would hold up the page for seconds (the largest real document in the corpus is 55 kB).
const MAX_READ_CHARS = 1_000_000;

/** The whole text in the imported notes: for input that cannot be read by its headings. */
function keptWhole(text: string, fileName: string, now: string, notes: string[]): MarkdownImport {
  const document = createEmptyDocument(now, fileTitle(fileName));
  document.sections.appendices.importedNotes = text;
  return { document, exact: false, placements: [], notes };
}

function readText(text: string, fileName: string, now: string, notes: string[]): MarkdownImport {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const name = fileName || 'The file';
  if (source.length > MAX_READ_CHARS) {
    const note = `${name} is too long to read by its headings: its text is in ${NOTES}.`;
    return keptWhole(source, fileName, now, [...notes, note]);
  }
  try {
    const read = readByHeadings(source, fileName, now);
    // The hooks are typed, but a document that leaves here must be one the app can store.
    const checked = restoreDocument(read.document);
    if (!checked.ok) throw new Error(checked.message);
    return { ...read, document: checked.document, notes: [...notes, ...read.notes] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const note = `${name} could not be read by its headings (${reason}): its text is in ${NOTES}.`;
    return keptWhole(source, fileName, now, [...notes, note]);
  }
}

/**
 * A new document from a Markdown file. Archbench's own export, unedited, gives back exactly
 * the document it carries (see document/markdown/embedded.ts); any other Markdown is read by its
 * headings, each placed in the section it names, what fits none in 15's imported notes.
 * Never throws: unreadable input ends up whole in the imported notes, with a note saying so.
 */
export async function importMarkdown(
  markdown: string,
  fileName: string,
  now = new Date(),
): Promise<MarkdownImport> {
  await loadSectionImports();
  const stamp = (Number.isNaN(now.getTime()) ? new Date() : now).toISOString();
  const name = fileName || 'The file';
  const embedded = findEmbedded(markdown);
  if (!embedded) return readText(markdown, fileName, stamp, []);
  if (!embedded.intact) {
    const note = `${name} was edited after it was exported from Archbench: read by its headings.`;
    return readText(embedded.body, fileName, stamp, [note]);
  }
  const unpacked = unpackDocument(embedded.packed);
  if (!unpacked.ok) {
    const note = `${name} carries an Archbench document that cannot be opened (${unpacked.problem}): read by its headings.`;
    return readText(embedded.body, fileName, stamp, [note]);
  }
  return {
    document: { ...unpacked.document, id: newId() },
    exact: true,
    placements: [],
    notes: [],
  };
}
