import { useId, useState } from 'react';
import { Dialog } from '../../../ui/Dialog';
import { criterionKey } from './edit';
import { PRESET_CRITERIA } from './presets';

interface PresetDialogProps {
  /** Names of the criteria the comparison already has. */
  present: readonly string[];
  onAdd: (names: string[]) => void;
  onClose: () => void;
}

/** The preset criteria to take or leave; those already in the comparison are marked. */
export function PresetDialog({ present, onAdd, onClose }: PresetDialogProps) {
  const [chosen, setChosen] = useState<string[]>([]);
  const prefix = useId();
  const has = new Set(present.map(criterionKey));
  const toggle = (name: string, on: boolean) =>
    setChosen((c) => (on ? [...c, name] : c.filter((n) => n !== name)));
  // In the presets' own order, whatever order they were ticked in.
  const picked = PRESET_CRITERIA.map((p) => p.name).filter((n) => chosen.includes(n));
  const count = picked.length;

  return (
    <Dialog
      title="Add preset criteria"
      open
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={count === 0}
            onClick={() => onAdd(picked)}
          >
            {count === 0
              ? 'Add criteria'
              : `Add ${count} ${count === 1 ? 'criterion' : 'criteria'}`}
          </button>
        </>
      }
    >
      <p className="presets__intro">
        Take the criteria that matter for this choice; each starts with weight 1.
      </p>
      <ul className="presets">
        {PRESET_CRITERIA.map((preset) => {
          const added = has.has(criterionKey(preset.name));
          const id = `${prefix}-${criterionKey(preset.name).replace(/\W+/g, '-')}`;
          return (
            <li key={preset.name} className={added ? 'preset preset--added' : 'preset'}>
              <input
                type="checkbox"
                id={id}
                aria-describedby={`${id}-asks`}
                checked={added || chosen.includes(preset.name)}
                disabled={added}
                onChange={(e) => toggle(preset.name, e.target.checked)}
              />
              <label htmlFor={id} className="preset__name">
                {preset.name}
              </label>
              <span className="preset__asks" id={`${id}-asks`}>
                {added ? 'Already in this comparison. ' : ''}
                {preset.asks}
              </span>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
