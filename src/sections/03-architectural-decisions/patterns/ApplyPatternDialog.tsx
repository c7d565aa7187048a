import { useState } from 'react';
import { Dialog } from '../../../ui/Dialog';
import { CheckboxGroupField } from '../../../ui/fields/CheckboxGroupField';
import { SelectField } from '../../../ui/fields/SelectField';
import { TextAreaField, TextField } from '../../../ui/fields/TextField';
import { CATALOGUE, catalogueEntry } from './catalogue';
import type { AppliedPattern } from './markdown';

type Draft = Omit<AppliedPattern, 'id'>;

interface ApplyPatternDialogProps {
  /** The applied pattern being changed, or null to apply a new one. */
  editing: AppliedPattern | null;
  /** 4.2's components, by name: what a pattern may be applied to. */
  components: readonly string[];
  onSave: (pattern: Draft) => void;
  onClose: () => void;
}

/** Items as one sentence: "The registry is…; stale entries route…". */
const sentence = (items: readonly string[]) =>
  items.map((t, i) => (i === 0 ? t : t.charAt(0).toLowerCase() + t.slice(1))).join('; ');

const options = CATALOGUE.map((e) => ({ value: e.id, label: e.name }));

/** A pattern with its catalogue parameters, keeping the values already decided. */
function withEntry(draft: Draft, id: string): Draft {
  const entry = catalogueEntry(id);
  if (!entry) return { ...draft, pattern: id };
  const value = (name: string, fallback: string) =>
    draft.parameters.find((p) => p.name === name)?.value ?? fallback;
  return {
    ...draft,
    pattern: id,
    name: entry.name,
    parameters: entry.parameters.map((p) => ({ name: p.name, value: value(p.name, p.default) })),
  };
}

/** Picks a catalogue entry, what it applies to and its parameters; says what it asks. */
export function ApplyPatternDialog({
  editing,
  components,
  onSave,
  onClose,
}: ApplyPatternDialogProps) {
  const [draft, setDraft] = useState<Draft>(
    () =>
      editing ??
      withEntry(
        { pattern: '', name: '', appliedTo: [], parameters: [], rationale: '' },
        CATALOGUE[0]!.id,
      ),
  );
  const entry = catalogueEntry(draft.pattern);
  // A component renamed or removed in 4.2 since stays ticked until it is unticked.
  const choices = [...new Set([...components, ...draft.appliedTo])];
  const setParameter = (name: string, value: string) =>
    setDraft((d) => ({
      ...d,
      parameters: d.parameters.map((p) => (p.name === name ? { ...p, value } : p)),
    }));

  return (
    <Dialog
      title={editing ? `Edit ${editing.name}` : 'Apply pattern'}
      open
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={() => onSave(draft)}>
            {editing ? 'Save' : 'Apply'}
          </button>
        </>
      }
    >
      <SelectField
        label="Pattern"
        value={draft.pattern}
        options={options}
        onChange={(id) => setDraft((d) => withEntry(d, id))}
      />
      {entry && (
        <div className="pattern-entry">
          <p>{entry.intent}</p>
          <p>
            <strong>When to use:</strong> {entry.whenToUse}
          </p>
          <p>
            <strong>Trade-offs:</strong> {sentence(entry.tradeOffs)}.
          </p>
          <p>
            <strong>The document then shows:</strong> {sentence(entry.documentShows)}.
          </p>
        </div>
      )}
      {choices.length > 0 ? (
        <CheckboxGroupField
          label="Applied to"
          options={choices}
          value={draft.appliedTo}
          onChange={(appliedTo) => setDraft((d) => ({ ...d, appliedTo }))}
          hint="Components of 4.2."
        />
      ) : (
        <p className="field__hint">
          4.2 names no components yet: the pattern is applied to the system as a whole.
        </p>
      )}
      {draft.parameters.map((p) => (
        <TextField
          key={p.name}
          label={p.name}
          hint={entry?.parameters.find((x) => x.name === p.name)?.hint}
          value={p.value}
          onChange={(value) => setParameter(p.name, value)}
        />
      ))}
      <TextAreaField
        label="Rationale"
        rows={3}
        value={draft.rationale}
        onChange={(rationale) => setDraft((d) => ({ ...d, rationale }))}
      />
    </Dialog>
  );
}
