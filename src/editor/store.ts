import { create } from 'zustand';
import * as actions from '../document/actions';
import { adoptCandidate } from '../document/adopt';
import type { MetadataPatch } from '../document/actions';
import type { CheckpointReason } from '../core/document/checkpoint';
import type { Approval, ArchDocument } from '../document/schema';
import type { SectionData, SectionId } from '../document/registry';
import { reuseUnchanged } from '../core/data/reuse';
import { emptyHistory, record, redo, undo, type History } from './history';

/**
 * The open document and what the user is looking at. The document changes only through the
 * named actions below, which delegate to the pure functions in document/actions.
 * `changeSeq` counts edits so storage can tell an edit from a document that was just loaded.
 */
export type PanelId = 'details' | SectionId;

export interface EditorState {
  doc: ArchDocument | null;
  changeSeq: number;
  /** The panel shown in the centre: the document's details or one section. */
  selectedSection: PanelId;
  /** Bumped on every navigator click, so the preview scrolls even to the same section again. */
  scrollRequest: number;
  /**
   * A field to bring into view and focus (its element id, see fieldAnchor), asked for by a
   * link elsewhere (the review checklist); `seq` makes asking twice for one field work.
   */
  focusRequest: { anchor: string | null; seq: number };

  /** Undo and redo for this session's edits of the open document. */
  history: History;

  /** Puts a document in the editor (documents/store decides which one). */
  showDocument: (doc: ArchDocument) => void;
  /**
   * Replaces the open document with a version that came from elsewhere (another tab, a merge,
   * a restored version). `save` says whether storage must still write it. Undo history ends
   * here: undoing past it would silently take back the other tab's edits.
   */
  receiveDocument: (doc: ArchDocument, options: { save: boolean }) => void;
  undo: () => void;
  redo: () => void;
  closeDocument: () => void;
  selectSection: (id: PanelId) => void;
  /** Opens a panel and focuses one of its fields (by element id), or the panel's title. */
  openField: (id: PanelId, anchor?: string) => void;
  setMeta: (patch: MetadataPatch) => void;
  /** The approver and date of the review checklist; never clears itself. */
  setApproval: (patch: Partial<Omit<Approval, 'cleared'>>) => void;
  updateSection: <K extends SectionId>(id: K, patch: Partial<SectionData<K>>) => void;
  /** A stack comparison's candidate into 3.2 and the decision log (see document/adopt). */
  adoptCandidate: (comparisonId: string, candidateId: string) => void;
  /**
   * Saves the open document (or `doc`) as a named version; false when it could not. Features
   * save versions through this, never through another feature's store.
   */
  checkpoint: (name: string, reason: CheckpointReason, doc?: ArchDocument) => Promise<boolean>;
  /** Who keeps versions: set once by the app at start (versions/store's saveVersion). */
  checkpointer:
    ((name: string, reason: CheckpointReason, doc: ArchDocument) => Promise<boolean>) | null;
}

const now = () => new Date().toISOString();

/** The state after an edit: the new document, counted, with the old one in the history. */
function edited(s: EditorState, doc: ArchDocument, target: string): Partial<EditorState> {
  if (!s.doc || doc === s.doc) return {};
  return { doc, changeSeq: s.changeSeq + 1, history: record(s.history, s.doc, target, Date.now()) };
}

/** A new editor store; the app has one (useEditor), tests make one per simulated tab. */
export const createEditorStore = () =>
  create<EditorState>()((set, get) => ({
    doc: null,
    changeSeq: 0,
    history: emptyHistory,
    selectedSection: 'executiveSummary',
    scrollRequest: 0,
    focusRequest: { anchor: null, seq: 0 },

    checkpointer: null,
    checkpoint: async (name, reason, doc = get().doc ?? undefined) => {
      const keep = get().checkpointer;
      return doc && keep ? keep(name, reason, doc) : false;
    },

    showDocument: (doc) => set({ doc, changeSeq: 0, history: emptyHistory }),
    closeDocument: () => set({ doc: null, changeSeq: 0, history: emptyHistory }),
    // What another tab or a merge sends is read afresh from storage: the sections it did not
    // change keep their objects, so their Markdown, checks and analyses are not done again.
    receiveDocument: (doc, { save }) =>
      set((s) => ({
        doc: s.doc?.id === doc.id ? reuseUnchanged(s.doc, doc) : doc,
        changeSeq: s.changeSeq + (save ? 1 : 0),
        history: emptyHistory,
      })),
    undo: () =>
      set((s) => {
        const step = s.doc && undo(s.history, s.doc);
        return step ? { ...step, changeSeq: s.changeSeq + 1 } : s;
      }),
    redo: () =>
      set((s) => {
        const step = s.doc && redo(s.history, s.doc);
        return step ? { ...step, changeSeq: s.changeSeq + 1 } : s;
      }),
    selectSection: (id) =>
      set((s) => ({ selectedSection: id, scrollRequest: s.scrollRequest + 1 })),
    openField: (id, anchor) =>
      set((s) => ({
        selectedSection: id,
        scrollRequest: s.scrollRequest + 1,
        focusRequest: { anchor: anchor ?? null, seq: s.focusRequest.seq + 1 },
      })),
    setMeta: (patch) =>
      set((s) =>
        s.doc
          ? edited(s, actions.setMeta(s.doc, patch, now()), `meta:${Object.keys(patch).join()}`)
          : s,
      ),
    setApproval: (patch) =>
      set((s) => (s.doc ? edited(s, actions.setApproval(s.doc, patch, now()), 'approval') : s)),
    adoptCandidate: (comparisonId, candidateId) =>
      set((s) =>
        s.doc ? edited(s, adoptCandidate(s.doc, comparisonId, candidateId, now()), 'adopt') : s,
      ),
    updateSection: (id, patch) =>
      set((s) =>
        s.doc
          ? edited(
              s,
              actions.updateSection(s.doc, id, patch, now()),
              `${id}:${Object.keys(patch).join()}`,
            )
          : s,
      ),
  }));

export const useEditor = createEditorStore();
