import { lazy, Suspense, type ComponentType } from 'react';
import type * as z from 'zod/mini';
import type { SectionDefinition, SectionFormProps, SectionModel } from '../core/document/section';
import { sections, type SectionId } from '../document/registry';
import { useSectionDerived } from '../derived/store';
import { DocumentCommandsContext, type DocumentCommands } from '../ui/commands';
import { useEditor } from '../editor/store';

type AnyForm = ComponentType<SectionFormProps<unknown, unknown>>;

/** Each section's form, loaded from its module on first use. */
const forms = new Map<string, AnyForm>(
  (sections as readonly SectionDefinition[]).map((s) => [
    s.id,
    lazy(s.form as unknown as () => Promise<{ default: AnyForm }>),
  ]),
);

const commands: DocumentCommands = {
  adoptCandidate: (comparisonId, candidateId) =>
    useEditor.getState().adoptCandidate(comparisonId, candidateId),
  checkpoint: (name, reason) => useEditor.getState().checkpoint(name, reason),
  readSection: <M extends SectionModel>(model: M) =>
    useEditor.getState().doc?.sections[model.id as SectionId] as z.output<M['schema']> | undefined,
  // A hook: the section's data as the document holds it, typed by the model the form names.
  useSectionValue: <M extends SectionModel>(model: M) =>
    useEditor((s) => s.doc?.sections[model.id as SectionId]) as z.output<M['schema']> | undefined,
};

/** The form of one section, given its data, its updater and what `derive` made of it. */
export function SectionFormOf({ id }: { id: SectionId }) {
  const value = useEditor((s) => s.doc?.sections[id]);
  const update = useEditor((s) => s.updateSection);
  const derived = useSectionDerived<unknown>(id);
  const Form = forms.get(id);
  if (!Form || value === undefined) return null;
  return (
    <DocumentCommandsContext.Provider value={commands}>
      <Suspense fallback={<p className="panel__loading">Loading the form…</p>}>
        {/* eslint-disable-next-line react-hooks/static-components -- made once per section, at module load (forms, above) */}
        <Form value={value} update={(patch) => update(id, patch as never)} derived={derived} />
      </Suspense>
    </DocumentCommandsContext.Provider>
  );
}
