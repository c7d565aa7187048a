import type { ArchDocument } from '../document/schema';

/** What storage reads of the open document: the editor's state, as far as storage cares. */
export interface OpenDocumentState {
  readonly doc: ArchDocument | null;
  /** Counts edits, so that an edit is told apart from a document that was just loaded. */
  readonly changeSeq: number;
  /** Puts a document from elsewhere (another tab, a merge) in place; `save`: write it too. */
  receiveDocument(this: void, doc: ArchDocument, options: { save: boolean }): void;
}

/**
 * The narrow interface storage needs from the editor (a Zustand store fits it): storage
 * defines it, so that it imports no feature and the editor knows nothing of storage.
 */
export interface OpenDocument {
  getState(): OpenDocumentState;
  subscribe(listener: (state: OpenDocumentState, previous: OpenDocumentState) => void): () => void;
}
