import { useId } from 'react';
import { Icon } from '../../../ui/icons/Icon';
import { useRowFocus } from '../../../ui/fields/useRowFocus';
import { series } from './chart';
import type { Edit } from './edit';
import { addCandidate, moveCandidate, removeCandidate, renameCandidate } from './edit';
import type { Comparison } from './schema';
import { candidateLabel } from './summary';

interface CandidatesEditorProps {
  comparison: Comparison;
  onChange: Edit;
}

/** The candidates, in the order of the score table's columns (moved left and right). */
export function CandidatesEditor({ comparison: c, onChange }: CandidatesEditorProps) {
  const labelId = useId();
  const { container, focusRow } = useRowFocus();
  const add = () =>
    onChange((x) => {
      const next = addCandidate(x);
      const added = next.candidates.at(-1);
      if (added) focusRow(added.id);
      return next;
    });

  return (
    <div className="field" role="group" aria-labelledby={labelId}>
      <span className="field__label" id={labelId}>
        Candidates
      </span>
      <div className="candidates" ref={container}>
        {c.candidates.length === 0 && (
          <p className="rows__empty">No candidates yet: add the technologies to compare.</p>
        )}
        {c.candidates.map((candidate, i) => {
          const label = candidateLabel(candidate, i);
          return (
            <div className="candidate" key={candidate.id} data-row-id={candidate.id}>
              <span className="swatch" style={{ background: series(i)[0] }} aria-hidden="true" />
              <input
                className="input candidate__name"
                aria-label={`Candidate ${i + 1}`}
                placeholder="PostgreSQL"
                value={candidate.name}
                onChange={(e) => onChange((x) => renameCandidate(x, candidate.id, e.target.value))}
              />
              <button
                type="button"
                className="icon-button candidate__left"
                aria-label={`Move ${label} left`}
                title="Move left"
                disabled={i === 0}
                onClick={() => onChange((x) => moveCandidate(x, candidate.id, -1))}
              >
                <Icon name="chevron" />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Move ${label} right`}
                title="Move right"
                disabled={i === c.candidates.length - 1}
                onClick={() => onChange((x) => moveCandidate(x, candidate.id, 1))}
              >
                <Icon name="chevron" />
              </button>
              <button
                type="button"
                className="icon-button icon-button--danger"
                aria-label={`Remove ${label}`}
                title="Remove candidate and its scores"
                onClick={() => onChange((x) => removeCandidate(x, candidate.id))}
              >
                <Icon name="remove" />
              </button>
            </div>
          );
        })}
      </div>
      <button type="button" className="button button--ghost rows__add" onClick={add}>
        <Icon name="add" /> Add candidate
      </button>
    </div>
  );
}
