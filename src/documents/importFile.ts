import { restoreDocument } from '../document/restore';
import type { ArchDocument } from '../document/schema';
import { newId } from '../core/ids';

/** Where imported Markdown went, heading by heading, for the summary shown after import. */
export interface ImportReport {
  readonly fileName: string;
  readonly placements: readonly { readonly heading: string; readonly target: string }[];
  readonly notes: readonly string[];
  readonly exact: boolean;
}

export type ImportOutcome =
  | { ok: true; document: ArchDocument; report?: ImportReport }
  | { ok: false; message: string; problems: readonly string[] };

// Far beyond any real document; stops a wrong pick (a video, a disk image) from freezing the tab.
const MAX_BYTES = 20 * 1024 * 1024;

const isMarkdown = (name: string) => /\.(md|markdown|mdown|txt)$/i.test(name);
const isJson = (name: string) => /\.json$/i.test(name);

/**
 * Reads a picked file into a new document: a JSON backup (validated, migrated) or Markdown
 * (Archbench's own export comes back exactly; other Markdown by its headings). Never throws;
 * whatever is wrong is said in words. The result always has a fresh id: importing never
 * overwrites a document that is already here.
 */
export async function readImport(file: File): Promise<ImportOutcome> {
  const fail = (message: string, problems: readonly string[] = []) =>
    ({ ok: false, message, problems }) as const;
  if (file.size > MAX_BYTES) {
    return fail(
      `${file.name} is ${Math.round(file.size / 1024 / 1024)} MB: Archbench imports files up to 20 MB.`,
    );
  }
  if (!isJson(file.name) && !isMarkdown(file.name)) {
    return fail(
      `${file.name} is neither a JSON backup (.json) nor Markdown (.md): nothing was imported.`,
    );
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail(`${file.name} could not be read.`);
  }
  if (isJson(file.name)) return readJson(text, file.name);

  const { importMarkdown } = await import('../document/import/importMarkdown');
  const result = await importMarkdown(text, file.name, new Date());
  return {
    ok: true,
    document: result.document,
    report: {
      fileName: file.name,
      placements: result.placements,
      notes: result.notes,
      exact: result.exact,
    },
  };
}

function readJson(text: string, fileName: string): ImportOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    return {
      ok: false,
      message: `${fileName} is not valid JSON${detail ? ` (${detail})` : ''}. Nothing was imported.`,
      problems: [],
    };
  }
  const restored = restoreDocument(value);
  if (!restored.ok) {
    return {
      ok: false,
      message: `${fileName}: ${restored.message} Nothing was imported.`,
      problems: restored.problems,
    };
  }
  return { ok: true, document: { ...restored.document, id: newId() } };
}
