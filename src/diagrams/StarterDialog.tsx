import { starters } from '../core/mermaid/starters';
import { Dialog } from '../ui/Dialog';
import { useReplaceDiagram } from './useReplaceDiagram';
import './starter-dialog.css';

interface StarterDialogProps {
  fieldLabel: string;
  current: string;
  onInsert: (source: string) => void;
  onClose: () => void;
}

/** Ready diagrams of the kinds an architect draws; replacing a diagram asks first. */
export function StarterDialog({ fieldLabel, current, onInsert, onClose }: StarterDialogProps) {
  const { offer, confirmation } = useReplaceDiagram(fieldLabel, current, onInsert);
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
                onClick={() => offer(starter.source, `The ${starter.name} starter`)}
              >
                Insert
              </button>
            </li>
          ))}
        </ul>
      </Dialog>
      {confirmation}
    </>
  );
}
