import { createContext, useContext } from 'react';
import type * as z from 'zod/mini';
import type { CheckpointReason } from '../core/document/checkpoint';
import type { SectionModel } from '../core/document/section';

/**
 * What a section's form (and a field inside it) may ask of the open document beyond its own
 * data, which it gets as props: the workspace provides it, so that forms import no store.
 * Names no section.
 */
export interface DocumentCommands {
  /** A stack comparison's candidate into 3.2 and the decision log (document/adopt.ts). */
  adoptCandidate(this: void, comparisonId: string, candidateId: string): void;
  /** Saves the open document as a named version, before a change the user may want undone. */
  checkpoint(this: void, name: string, reason: CheckpointReason): Promise<boolean>;
  /** A section's data as the document holds it at this moment (after an await, say). */
  readSection<M extends SectionModel>(this: void, model: M): z.output<M['schema']> | undefined;
  /** A hook: another section's data, read live, for a form that shows what it refers to. */
  useSectionValue<M extends SectionModel>(this: void, model: M): z.output<M['schema']> | undefined;
}

const unavailable = () => {
  throw new Error('A section form is rendered outside the workspace (DocumentCommandsProvider).');
};

export const DocumentCommandsContext = createContext<DocumentCommands>({
  adoptCandidate: unavailable,
  checkpoint: unavailable,
  readSection: unavailable,
  useSectionValue: unavailable,
});

export const useDocumentCommands = () => useContext(DocumentCommandsContext);
