import { create } from 'zustand';
import { createEmptyDocument, duplicateDocument } from '../core/document/create';
import type { ArchDocument } from '../core/document/schema';
import { useEditor } from '../editor/store';
import type { Storage } from '../storage/connect';
import type { DocumentSummary } from '../storage/repository';
import { writeRoute } from '../app/route';

export type NewDocumentKind = 'empty' | 'example';

interface DocumentsState {
  /** Stored documents, newest first; the open one's title is read live from the editor. */
  summaries: DocumentSummary[];
  /** False until storage has answered once. */
  ready: boolean;
  /** A problem to tell the user (a document that cannot be opened, storage unavailable). */
  notice: string;
  dismissNotice: () => void;
  createDocument: (kind: NewDocumentKind, title?: string) => Promise<void>;
  openDocument: (id: string) => Promise<boolean>;
  duplicateDocument: (id: string) => Promise<void>;
  renameDocument: (id: string, title: string) => Promise<void>;
  deleteDocument: (id: string) => Promise<void>;
  refresh: () => Promise<void>;
}

let storage: Storage | null = null;
const now = () => new Date().toISOString();

function requireStorage(): Storage {
  if (!storage) throw new Error('Storage is not connected yet');
  return storage;
}

/** Opens the given document in the editor and remembers it as the last one opened. */
async function show(doc: ArchDocument) {
  const { repo } = requireStorage();
  useEditor.getState().openDocument(doc);
  writeRoute({ docId: doc.id });
  await repo.setSetting('lastOpened', doc.id);
}

export const useDocuments = create<DocumentsState>()((set, get) => ({
  summaries: [],
  ready: false,
  notice: '',
  dismissNotice: () => set({ notice: '' }),

  refresh: async () => {
    set({ summaries: await requireStorage().repo.list(), ready: true });
  },

  createDocument: async (kind, title) => {
    const { repo, flush } = requireStorage();
    await flush();
    const doc =
      kind === 'example'
        ? // The example's text is the largest in the app: it loads only when asked for.
          (await import('../core/document/example')).createExampleDocument(now())
        : createEmptyDocument(now(), title || undefined);
    if (kind === 'example' && title) doc.meta.title = title;
    await repo.save(doc);
    await show(doc);
    await get().refresh();
  },

  openDocument: async (id) => {
    const { repo, flush } = requireStorage();
    if (useEditor.getState().doc?.id === id) return true;
    await flush();
    const result = await repo.load(id);
    if (!result) {
      set({ notice: 'That document no longer exists on this device.' });
      return false;
    }
    if (!result.ok) {
      set({ notice: `This document cannot be opened. ${result.message}` });
      return false;
    }
    await show(result.document);
    return true;
  },

  duplicateDocument: async (id) => {
    const { repo, flush } = requireStorage();
    await flush();
    const result = await repo.load(id);
    if (!result?.ok) {
      set({ notice: 'This document cannot be duplicated: it could not be read.' });
      return;
    }
    await repo.save(duplicateDocument(result.document, now()));
    await get().refresh();
  },

  renameDocument: async (id, title) => {
    const editor = useEditor.getState();
    if (editor.doc?.id === id) {
      editor.setMeta({ title });
    } else {
      const { repo } = requireStorage();
      const result = await repo.load(id);
      if (!result?.ok) return;
      await repo.save({
        ...result.document,
        meta: { ...result.document.meta, title, updated: now() },
      });
    }
    await get().refresh();
  },

  deleteDocument: async (id) => {
    const { repo, flush } = requireStorage();
    await flush();
    await repo.delete(id);
    await get().refresh();
    if (useEditor.getState().doc?.id === id) {
      const next = get().summaries[0];
      if (!next || !(await get().openDocument(next.id))) {
        useEditor.getState().closeDocument();
        writeRoute({});
      }
    }
  },
}));

/** Connects the list to storage and opens the document the URL names, or the last one. */
export async function startDocuments(
  connected: Storage,
  routeDocId: string | undefined,
): Promise<void> {
  storage = connected;
  const { refresh, openDocument } = useDocuments.getState();
  await refresh();
  const last = await connected.repo.getSetting<string>('lastOpened');
  const summaries = useDocuments.getState().summaries;
  const candidates = [routeDocId, last, summaries[0]?.id].filter((id): id is string => !!id);
  for (const id of candidates) {
    if (summaries.some((s) => s.id === id) && (await openDocument(id))) return;
  }
}
