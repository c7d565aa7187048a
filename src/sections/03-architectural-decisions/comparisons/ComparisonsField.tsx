import { useId, useState } from 'react';
import type { SectionFormProps } from '../../../core/document/section';
import { useDocumentCommands } from '../../../ui/commands';
import type { ArchitecturalDecisions } from '../model';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Icon } from '../../../ui/icons/Icon';
import { useRowFocus } from '../../../ui/fields/useRowFocus';
import { fieldAnchor } from '../../../core/document/section';
import { ComparisonEditor } from './ComparisonEditor';
import { editComparison, newComparison } from './edit';
import { layerSuggestions } from './presets';
import type { Comparison } from './schema';
import './comparisons.css';

/**
 * The stack comparisons of 3.2: each answers one question for one layer. Loaded on demand
 * (React.lazy in the section form), so the first download does not carry the editor.
 */
export default function ComparisonsField({
  value: data,
  update,
}: Pick<SectionFormProps<ArchitecturalDecisions>, 'value' | 'update'>) {
  const adopt = useDocumentCommands().adoptCandidate;
  const [removing, setRemoving] = useState<{ comparison: Comparison; number: number } | null>(null);
  const labelId = useId();
  const layersId = useId();
  const { container, focusRow } = useRowFocus();
  const { comparisons } = data;
  const layers = layerSuggestions(data.technologyStack.map((r) => r.layer));

  const add = () => {
    const comparison = newComparison();
    focusRow(comparison.id);
    update({ comparisons: [...comparisons, comparison] });
  };
  const remove = (id: string) => {
    update({ comparisons: comparisons.filter((c) => c.id !== id) });
    setRemoving(null);
  };

  return (
    <div
      className="field comparisons"
      id={fieldAnchor('architecturalDecisions', 'comparisons')}
      role="group"
      aria-labelledby={labelId}
      ref={container}
    >
      <span className="field__label" id={labelId}>
        Stack comparisons
      </span>
      <span className="field__hint comparisons__intro">
        Score candidate technologies for a layer against weighted criteria. Adopting one writes it
        into the technology stack above and records the decision in 15. Appendices, C. Decision Log.
      </span>
      <datalist id={layersId}>
        {layers.map((layer) => (
          <option key={layer} value={layer} />
        ))}
      </datalist>
      {comparisons.length === 0 && <p className="rows__empty">No comparisons yet.</p>}
      {comparisons.map((comparison, i) => (
        <ComparisonEditor
          key={comparison.id}
          number={i + 1}
          comparison={comparison}
          layersId={layersId}
          onChange={(edit) =>
            update({ comparisons: editComparison(comparisons, comparison.id, edit) })
          }
          onAdopt={(candidateId) => adopt(comparison.id, candidateId)}
          onRemove={() => setRemoving({ comparison, number: i + 1 })}
        />
      ))}
      <button type="button" className="button comparisons__add" onClick={add}>
        <Icon name="add" /> Add comparison
      </button>
      {removing && (
        <ConfirmDialog
          title={`Remove comparison ${removing.number}?`}
          message={`“${removing.comparison.question.trim() || `Comparison ${removing.number}`}” and all its scores will be removed. What it adopted stays in the technology stack, and its records stay in the decision log.`}
          confirmLabel="Remove comparison"
          onConfirm={() => remove(removing.comparison.id)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </div>
  );
}
