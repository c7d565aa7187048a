import { useState } from 'react';
import { fieldAnchor } from '../../../core/document/section';
import { newId } from '../../../core/ids';
import { useDocumentCommands } from '../../../ui/commands';
import { systemComponents } from '../../04-system-components/model';
import type { AppliedPatternRow, ArchitecturalDecisions } from '../model';
import { ApplyPatternDialog } from './ApplyPatternDialog';
import { missingLayers } from './layers';
import './patterns.css';

interface PatternsFieldProps {
  value: ArchitecturalDecisions;
  update: (patch: Partial<ArchitecturalDecisions>) => void;
}

/** 3.1's applied patterns: apply one from the catalogue, edit, remove; the 3.2 layers they need. */
export default function PatternsField({ value, update }: PatternsFieldProps) {
  const [dialog, setDialog] = useState<AppliedPatternRow | 'new' | null>(null);
  const components = useDocumentCommands()
    .useSectionValue(systemComponents)
    ?.components.map((c) => c.component.trim())
    .filter(Boolean);
  const { patterns, technologyStack } = value;
  const suggestions = missingLayers(value.pattern, patterns, technologyStack);

  const save = (draft: Omit<AppliedPatternRow, 'id'>) => {
    const editing = dialog !== 'new' ? dialog : null;
    update({
      patterns: editing
        ? patterns.map((p) => (p.id === editing.id ? { ...draft, id: p.id } : p))
        : [...patterns, { ...draft, id: newId() }],
    });
    setDialog(null);
  };
  const addLayer = (layer: string, by: string[]) =>
    update({
      technologyStack: [
        ...technologyStack,
        { id: newId(), layer, technology: '', rationale: `Needed by ${by.join(' and ')}` },
      ],
    });

  return (
    <section
      className="field"
      id={fieldAnchor('architecturalDecisions', 'patterns')}
      aria-labelledby="patterns-title"
    >
      <h4 className="field__label" id="patterns-title">
        Patterns applied
      </h4>
      {patterns.length === 0 && <p className="rows__empty">No pattern applied yet.</p>}
      <ul className="patterns" aria-label="Patterns applied">
        {patterns.map((p) => (
          <li key={p.id} className="pattern">
            <div className="pattern__head">
              <strong>{p.name || 'Unnamed pattern'}</strong>
              <span className="pattern__to">
                {p.appliedTo.length ? `on ${p.appliedTo.join(', ')}` : 'on the whole system'}
              </span>
            </div>
            {p.parameters.some((x) => x.value.trim()) && (
              <p className="pattern__parameters">
                {p.parameters
                  .filter((x) => x.value.trim())
                  .map((x) => `${x.name}: ${x.value}`)
                  .join(' · ')}
              </p>
            )}
            {p.rationale && <p className="pattern__rationale">{p.rationale}</p>}
            <div className="pattern__actions">
              <button
                type="button"
                className="button button--small"
                aria-label={`Edit ${p.name}`}
                onClick={() => setDialog(p)}
              >
                Edit
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={`Remove ${p.name}`}
                onClick={() => update({ patterns: patterns.filter((x) => x.id !== p.id) })}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => setDialog('new')}>
        Apply pattern
      </button>
      {suggestions.length > 0 && (
        <div className="patterns__suggestions" role="note" aria-label="Layers the patterns need">
          {suggestions.map((s) => (
            <p key={s.layer}>
              {s.for.join(' and ')} {s.for.length > 1 ? 'need' : 'needs'}{' '}
              {/^[aeiou]/i.test(s.layer) ? 'an' : 'a'} <strong>{s.layer}</strong> layer in 3.2 (e.g.{' '}
              {s.example}).{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => addLayer(s.layer, s.for)}
              >
                Add {s.layer} to 3.2
              </button>
            </p>
          ))}
        </div>
      )}
      {dialog && (
        <ApplyPatternDialog
          editing={dialog === 'new' ? null : dialog}
          components={components ?? []}
          onSave={save}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
