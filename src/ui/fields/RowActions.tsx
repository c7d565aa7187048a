import { Icon } from '../icons/Icon';

interface RowActionsProps {
  /** "risk 2": how the row is named in the buttons' accessible names. */
  name: string;
  isFirst: boolean;
  isLast: boolean;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

export function RowActions({ name, isFirst, isLast, onMove, onRemove }: RowActionsProps) {
  return (
    <div className="rows__actions">
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${name} up`}
        title="Move up"
        disabled={isFirst}
        onClick={() => onMove(-1)}
      >
        <Icon name="up" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${name} down`}
        title="Move down"
        disabled={isLast}
        onClick={() => onMove(1)}
      >
        <Icon name="down" />
      </button>
      <button
        type="button"
        className="icon-button icon-button--danger"
        aria-label={`Remove ${name}`}
        title="Remove"
        onClick={onRemove}
      >
        <Icon name="remove" />
      </button>
    </div>
  );
}
