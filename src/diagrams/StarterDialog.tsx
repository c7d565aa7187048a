import { useState } from 'react';
import { starters, type Starter } from '../core/mermaid/starters';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import './starter-dialog.css';

interface StarterDialogProps {
  fieldLabel: string;
  current: string;
  onInsert: (source: string) => void;
  onClose: () => void;
}

/** Ready diagrams of the kinds an architect draws; replacing a diagram asks first. */
export function StarterDialog({ fieldLabel, current, onInsert, onClose }: StarterDialogProps) {
  const [replacing, setReplacing] = useState<Starter | null>(null);
  const choose = (starter: Starter) =>
    current.trim() ? setReplacing(starter) : onInsert(starter.source);
  return (
    <>
      <Dialog title={`Starter diagrams for ${fieldLabel}`} open onClose={onClose}>
        <ul className="starters" aria-label="Starter diagrams">
          {starters.map((starter) => (
            <li key={starter.id} className="starters__item">
              <div>
                <div className="starters__name">{starter.name}</div>
                <div className="starters__description">{starter.description}</div>
              </div>
              <button
                type="button"
                className="button button--small"
                aria-label={`Insert ${starter.name}`}
                onClick={() => choose(starter)}
              >
                Insert
              </button>
            </li>
          ))}
        </ul>
      </Dialog>
      {replacing && (
        <ConfirmDialog
          title="Replace the diagram?"
          message={`The ${replacing.name} starter replaces what is in ${fieldLabel} now. Undo in the editor (Ctrl+Z) brings it back.`}
          confirmLabel="Replace"
          onCancel={() => setReplacing(null)}
          onConfirm={() => onInsert(replacing.source)}
        />
      )}
    </>
  );
}
