import { useId, useState } from 'react';
import { Icon } from '../../../ui/icons/Icon';
import { RowActions } from '../../../ui/fields/RowActions';
import { useRowFocus } from '../../../ui/fields/useRowFocus';
import type { Edit } from './edit';
import { addCriteria, addCriterion, moveCriterion, removeCriterion, updateCriterion } from './edit';
import { PresetDialog } from './PresetDialog';
import { weightShares } from './scoring';
import type { Comparison } from './schema';
import { criterionLabel, percentText } from './summary';

interface CriteriaEditorProps {
  comparison: Comparison;
  onChange: Edit;
}

/** The criteria (the score table's rows) with their weights, shown as shares of the whole. */
export function CriteriaEditor({ comparison: c, onChange }: CriteriaEditorProps) {
  const labelId = useId();
  const [choosing, setChoosing] = useState(false);
  const { container, focusRow } = useRowFocus();
  const shares = weightShares(c.criteria);
  const add = () =>
    onChange((x) => {
      const next = addCriterion(x);
      const added = next.criteria.at(-1);
      if (added) focusRow(added.id);
      return next;
    });

  return (
    <div className="field" role="group" aria-labelledby={labelId}>
      <span className="field__label" id={labelId}>
        Criteria
      </span>
      <div className="criteria" ref={container}>
        {c.criteria.length === 0 ? (
          <p className="rows__empty">No criteria yet: add your own or take some presets.</p>
        ) : (
          <div className="criteria__head" aria-hidden="true">
            <span>Criterion</span>
            <span>Weight</span>
            <span>Share</span>
          </div>
        )}
        {c.criteria.map((criterion, i) => {
          const label = criterionLabel(criterion, i);
          return (
            <div className="criterion" key={criterion.id} data-row-id={criterion.id}>
              <input
                className="input"
                aria-label={`Criterion ${i + 1}`}
                placeholder="Performance"
                value={criterion.name}
                onChange={(e) =>
                  onChange((x) => updateCriterion(x, criterion.id, { name: e.target.value }))
                }
              />
              <WeightInput
                label={`Weight of ${label}`}
                weight={criterion.weight}
                onChange={(weight) => onChange((x) => updateCriterion(x, criterion.id, { weight }))}
              />
              <span className="criterion__share" title={`${label}: share of all weights`}>
                {percentText(shares.get(criterion.id) ?? 0)}
              </span>
              <RowActions
                name={`criterion ${label}`}
                isFirst={i === 0}
                isLast={i === c.criteria.length - 1}
                onMove={(offset) => onChange((x) => moveCriterion(x, criterion.id, offset))}
                onRemove={() => onChange((x) => removeCriterion(x, criterion.id))}
              />
            </div>
          );
        })}
      </div>
      <div className="criteria__add">
        <button type="button" className="button button--ghost" onClick={add}>
          <Icon name="add" /> Add criterion
        </button>
        <button type="button" className="button button--ghost" onClick={() => setChoosing(true)}>
          <Icon name="check" /> Add preset criteria
        </button>
      </div>
      {choosing && (
        <PresetDialog
          present={c.criteria.map((k) => k.name)}
          onAdd={(names) => {
            onChange((x) => addCriteria(x, names));
            setChoosing(false);
          }}
          onClose={() => setChoosing(false)}
        />
      )}
    </div>
  );
}

/** What the weight text says: a number of 0 or more, or why not. */
function readWeight(text: string): { weight: number } | { problem: string } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { problem: 'Enter a weight (0 or more).' };
  const weight = Number(trimmed);
  if (!Number.isFinite(weight)) return { problem: 'A weight is a number, such as 1 or 2.5.' };
  if (weight < 0) return { problem: 'A weight cannot be negative: use 0 to ignore a criterion.' };
  return { weight };
}

/**
 * A weight as typed: a valid number goes into the document at once; anything else stays in
 * the field with a message beside it, and the document keeps the last valid weight.
 */
function WeightInput(props: { label: string; weight: number; onChange: (w: number) => void }) {
  const { label, weight, onChange } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const messageId = useId();
  const text = draft ?? String(weight);
  const read = readWeight(text);
  const problem = 'problem' in read ? read.problem : '';
  return (
    <span className="criterion__weight">
      <input
        className="input"
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? messageId : undefined}
        value={text}
        onChange={(e) => {
          setDraft(e.target.value);
          const next = readWeight(e.target.value);
          if ('weight' in next && next.weight !== weight) onChange(next.weight);
        }}
        // A valid draft gives way to the stored number ("2.50" shows as 2.5); a bad one stays.
        onBlur={() => {
          if (!problem) setDraft(null);
        }}
      />
      {problem && (
        <span className="criterion__problem" id={messageId} role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
