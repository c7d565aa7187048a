import { create } from 'zustand';
import { afterChange } from '../document/approval';
import { createEmptyDocument, duplicateDocument } from '../document/create';
import type { ArchDocument } from '../document/schema';
import { useEditor } from '../editor/store';
import type { Storage } from '../storage/connect';
import { requireStorage } from '../storage/instance';
import type { DocumentSummary, TrashSummary } from '../storage/repository';
import type { ImportReport } from './importFile';

export type NewDocumentKind = 'empty' | 'example';

interface DocumentsState {
  /** Stored documents, newest first; the open one's title is read live from the editor. */
  summaries: DocumentSummary[];
  /** False until storage has answered once; the document commands wait for it. */
  ready: boolean;
  /** A problem to tell the user (a document that cannot be opened, a failed command). */
  notice: string;
  dismissNotice: () => void;
  createDocument: (kind: NewDocumentKind, title?: string) => Promise<void>;
  /**
   * Saves an imported document (already given a fresh id) and opens it; `source` (a file
   * name) names the version kept of it as imported.
   */
  importDocument: (doc: ArchDocument, report?: ImportReport, source?: string) => Promise<void>;
  /** What the last Markdown import put where, until the user has read it. */
  importReport: ImportReport | null;
  dismissImportReport: () => void;
  openDocument: (id: string) => Promise<boolean>;
  duplicateDocument: (id: string) => Promise<void>;
  renameDocument: (id: string, title: string) => Promise<void>;
  /** Moves the document to the trash. */
  deleteDocument: (id: string) => Promise<void>;
  /** Another tab moved the open document to the trash: it closes here too, with a notice. */
  deletedElsewhere: (id: string) => Promise<void>;
  /** Deleted documents, most recently deleted first; read when the trash is shown. */
  trash: TrashSummary[];
  restoreFromTrash: (id: string) => Promise<void>;
  /** Deletes trashed documents for good: the given one, or all. */
  purgeTrash: (id?: string) => Promise<void>;
  refresh: () => Promise<void>;
  /** Writes pending edits now: before another page (the print view) reads the document. */
  savePending: () => Promise<boolean>;
  /**
   * A stored document written by a newer version of Archbench, shown read-only instead of
   * opened in the editor: nothing here can change or overwrite it.
   */
  readOnly: { id: string; document: ArchDocument; message: string } | null;
  closeReadOnly: () => void;
}

const now = () => new Date().toISOString();

/** Runs a document command; a failure becomes a notice instead of a silent rejection. */
async function attempt<T>(what: string, fallback: T, command: () => Promise<T>): Promise<T> {
  try {
    return await command();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    useDocuments.setState({ notice: `Could not ${what}: ${reason}.` });
    return fallback;
  }
}

/** Opens the given document in the editor and remembers it as the last one opened. */
async function show(doc: ArchDocument) {
  useDocuments.setState({ readOnly: null });
  useEditor.getState().showDocument(doc);
  await requireStorage().setSetting('lastOpened', doc.id);
}

export const useDocuments = create<DocumentsState>()((set, get) => ({
  summaries: [],
  ready: false,
  notice: '',
  dismissNotice: () => set({ notice: '' }),
  importReport: null,
  dismissImportReport: () => set({ importReport: null }),

  savePending: () => attempt('save the document', false, () => requireStorage().flush()),

  readOnly: null,
  closeReadOnly: () => set({ readOnly: null }),

  refresh: async () => {
    const [summaries, trash] = await Promise.all([
      requireStorage().list(),
      requireStorage().listTrash(),
    ]);
    set({ summaries, trash, ready: true });
  },

  trash: [],
  restoreFromTrash: (id) =>
    attempt('restore the document', undefined, async () => {
      if (!(await requireStorage().restoreFromTrash(id))) {
        set({ notice: 'That document is no longer in the trash.' });
      }
      await get().refresh();
    }),
  purgeTrash: (id) =>
    attempt('empty the trash', undefined, async () => {
      await requireStorage().purgeTrash(id === undefined ? undefined : [id]);
      await get().refresh();
    }),

  createDocument: (kind, title) =>
    attempt('create the document', undefined, async () => {
      const doc =
        kind === 'example'
          ? // The example's text is the largest in the app: it loads only when asked for.
            await (await import('../document/example')).createExampleDocument(now())
          : createEmptyDocument(now(), title || undefined);
      if (kind === 'example' && title) doc.meta.title = title;
      // Shown even when the write fails: the autosaver keeps it and retries.
      await requireStorage().save(doc);
      await show(doc);
      await get().refresh();
    }),

  importDocument: (doc, report, source) =>
    attempt('import the document', undefined, async () => {
      await requireStorage().save(doc);
      // The document as it came in, to compare with or go back to after editing it.
      if (source) await requireStorage().saveVersion(doc, `Imported from ${source}`, 'import');
      await show(doc);
      await get().refresh();
      set({ importReport: report ?? null });
    }),

  openDocument: (id) =>
    attempt('open the document', false, async () => {
      if (useEditor.getState().doc?.id === id) return true;
      const result = await requireStorage().load(id);
      if (!result) {
        set({ notice: 'That document no longer exists on this device.' });
        return false;
      }
      if (!result.ok && result.readOnly) {
        useEditor.getState().closeDocument();
        set({ readOnly: { id, document: result.readOnly, message: result.message } });
        await requireStorage().setSetting('lastOpened', id);
        return true;
      }
      if (!result.ok) {
        set({ notice: `This document cannot be opened. ${result.message}` });
        return false;
      }
      await show(result.document);
      return true;
    }),

  duplicateDocument: (id) =>
    attempt('duplicate the document', undefined, async () => {
      const open = useEditor.getState().doc;
      const result =
        open?.id === id ? { ok: true as const, document: open } : await requireStorage().load(id);
      if (!result?.ok) {
        set({ notice: 'This document cannot be duplicated: it could not be read.' });
        return;
      }
      await requireStorage().save(duplicateDocument(result.document, now()));
      await get().refresh();
    }),

  renameDocument: (id, title) =>
    attempt('rename the document', undefined, async () => {
      const editor = useEditor.getState();
      if (editor.doc?.id === id) {
        editor.setMeta({ title });
      } else {
        const result = await requireStorage().load(id);
        if (!result?.ok) {
          set({
            notice: result
              ? `This document cannot be renamed here. ${result.message}`
              : 'That document no longer exists on this device.',
          });
          return;
        }
        const { document } = result;
        await requireStorage().save({
          ...document,
          meta: afterChange({ ...document.meta, title }, now()),
        });
      }
      await get().refresh();
    }),

  deleteDocument: (id) =>
    attempt('delete the document', undefined, async () => {
      await requireStorage().deleteDocument(id);
      await get().refresh();
      if (get().readOnly?.id === id) set({ readOnly: null });
      if (useEditor.getState().doc?.id === id) await openFirst();
    }),

  deletedElsewhere: (id) =>
    attempt('close the deleted document', undefined, async () => {
      const open = useEditor.getState().doc;
      if (open?.id !== id) return;
      // At once, so that nothing more is typed into it and a second report finds it closed.
      useEditor.getState().closeDocument();
      await get().refresh();
      await openFirst();
      set({
        notice: `“${open.meta.title || 'Untitled'}” was moved to the trash in another tab, with any edits made here. Restore it from Documents › Trash.`,
      });
    }),
}));

/** Opens the first stored document, or leaves none open (the start screen). */
async function openFirst() {
  const { summaries, openDocument } = useDocuments.getState();
  const next = summaries[0];
  if (!next || !(await openDocument(next.id))) useEditor.getState().closeDocument();
}

/** Connects the list to storage and opens the document the URL names, or the last one. */
export async function startDocuments(
  connected: Storage,
  routeDocId: string | undefined,
  { openOne = true }: { openOne?: boolean } = {},
): Promise<void> {
  const { refresh, openDocument } = useDocuments.getState();
  await refresh();
  // A share link shows its own document: none of ours is opened behind it.
  if (!openOne) return;
  const last = await connected.getSetting<string>('lastOpened');
  const summaries = useDocuments.getState().summaries;
  const candidates = [routeDocId, last, summaries[0]?.id].filter((id): id is string => !!id);
  for (const id of candidates) {
    if (summaries.some((s) => s.id === id) && (await openDocument(id))) return;
  }
}
