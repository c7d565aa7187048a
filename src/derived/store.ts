import { create } from 'zustand';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { SectionModel } from '../core/document/section';
import type { DerivedBySection } from '../document/markdown/toMarkdown';
import type { EditorState } from '../editor/store';
import { sections, type SectionId } from '../document/registry';
import { VIEWS_KEY, type ViewsBySection } from '../document/markdown/views';
import type { ArchDocument } from '../document/schema';
import { whenIdle } from '../ui/idle';

/**
 * What the sections' `derive` made of the open document (ER diagram from SQL, endpoints from
 * OpenAPI, ...). Derived, never stored: it is recomputed from the document whenever the
 * section changes, a moment after typing stops.
 */
export const useDerived = create<{ docId: string | null; bySection: DerivedBySection }>()(() => ({
  docId: null,
  bySection: {},
}));

/** A section's derived value, typed by the caller who knows the section. */
export function useSectionDerived<T>(id: SectionId): T | undefined {
  return useDerived((s) => s.bySection[id]) as T | undefined;
}

const PAUSE_MS = 250;
/** The longest a document just opened waits for a quiet moment before it is analysed. */
const OPEN_MS = 1000;
const deriving = (sections as readonly SectionModel[]).filter((s) => s.derive);

/** Keeps useDerived in step with the editor's document. */
export function startDerivations(editor: UseBoundStore<StoreApi<EditorState>>): void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const run = (docId: string, section: SectionModel, data: unknown, pause: number) => {
    clearTimeout(timers.get(section.id));
    timers.set(
      section.id,
      setTimeout(() => {
        const previous = useDerived.getState().bySection[section.id];
        void section.derive?.(data, previous).then((result) => {
          const state = useDerived.getState();
          // A result for a document that is no longer open, or for data already replaced, is dropped.
          const current = editor.getState().doc;
          if (state.docId !== docId || current?.sections[section.id as SectionId] !== data) return;
          useDerived.setState({ bySection: { ...state.bySection, [section.id]: result } });
        });
      }, pause),
    );
  };

  // The views of the architecture read every section and every analysis: drawn again after
  // each pause, kept as they were (the same object) when nothing they show changed.
  let viewsTimer: ReturnType<typeof setTimeout> | undefined;
  const drawViews = (docId: string, pause: number) => {
    clearTimeout(viewsTimer);
    viewsTimer = setTimeout(() => {
      void import('../document/architecture/views').then(({ architectureViews }) => {
        const doc: ArchDocument | null = editor.getState().doc;
        const state = useDerived.getState();
        if (!doc || doc.id !== docId || state.docId !== docId) return;
        const views = architectureViews(doc, state.bySection);
        const before = state.bySection[VIEWS_KEY] as ViewsBySection | undefined;
        if (JSON.stringify(before) === JSON.stringify(views)) return;
        useDerived.setState({ bySection: { ...state.bySection, [VIEWS_KEY]: views } });
      });
    }, pause);
  };
  useDerived.subscribe((state, previous) => {
    // A document just opened (its analyses reset) is drawn at its first quiet moment instead.
    if (!state.docId || state.docId !== previous.docId) return;
    const changed = deriving.some((s) => state.bySection[s.id] !== previous.bySection[s.id]);
    if (changed) drawViews(state.docId, 0);
  });

  editor.subscribe((state, previous) => {
    const doc = state.doc;
    if (!doc) {
      if (useDerived.getState().docId !== null) useDerived.setState({ docId: null, bySection: {} });
      return;
    }
    const opened = doc.id !== useDerived.getState().docId;
    if (opened) {
      useDerived.setState({ docId: doc.id, bySection: {} });
      // A document just opened is analysed once its first screen is drawn (the preview shows
      // its generated diagrams a moment later), unless it is edited first.
      whenIdle(() => {
        const now = editor.getState().doc;
        if (!now || now.id !== doc.id) return;
        for (const section of deriving) {
          run(now.id, section, now.sections[section.id as SectionId], 0);
        }
        drawViews(now.id, 0);
      }, OPEN_MS);
      return;
    }
    for (const section of deriving) {
      const data = doc.sections[section.id as SectionId];
      const before = previous.doc?.sections[section.id as SectionId];
      if (data !== before) run(doc.id, section, data, PAUSE_MS);
    }
    if (doc !== previous.doc) drawViews(doc.id, PAUSE_MS);
  });
}
