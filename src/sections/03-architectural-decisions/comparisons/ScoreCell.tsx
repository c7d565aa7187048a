import { useRef, useState } from 'react';
import { Icon } from '../../../ui/icons/Icon';
import type { Score } from './schema';

interface ScoreCellProps {
  /** "PostgreSQL", "Performance": the cell's controls are named after both. */
  candidate: string;
  criterion: string;
  cell: Score | undefined;
  className: string;
  onChange: (patch: Partial<Pick<Score, 'score' | 'note'>>) => void;
}

const SCORES = ['1', '2', '3', '4', '5'] as const;

/**
 * A score (—, 1-5) and its note. The note field opens from a small button, so that a table of
 * mostly note-less cells stays compact; a cell with a note always shows it.
 */
export function ScoreCell({ candidate, criterion, cell, className, onChange }: ScoreCellProps) {
  const [open, setOpen] = useState(false);
  const note = useRef<HTMLTextAreaElement>(null);
  const text = cell?.note ?? '';
  const shown = open || text !== '';
  const noteName = `${candidate} note for ${criterion}`;
  return (
    <td className={className} data-score={cell?.score ?? ''}>
      <div className="matrix__controls">
        <select
          className="select matrix__score"
          aria-label={`${candidate} score for ${criterion}`}
          value={cell?.score == null ? '' : String(cell.score)}
          onChange={(e) => onChange({ score: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">—</option>
          {SCORES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <button
          type="button"
          className={`icon-button matrix__note-toggle${text ? ' matrix__note-toggle--on' : ''}`}
          aria-label={`Note: ${candidate}, ${criterion}`}
          aria-expanded={shown}
          title={text || 'Add a note'}
          // Keeps an open, empty note from closing on blur just before this click toggles it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            if (text) note.current?.focus();
            else setOpen(!open);
          }}
        >
          <Icon name="edit" size={14} />
        </button>
      </div>
      {shown && (
        <textarea
          ref={note}
          className="matrix__note"
          rows={1}
          aria-label={noteName}
          placeholder="Why this score?"
          // Opened by its button: the user is about to type.
          autoFocus={open && !text}
          value={text}
          onChange={(e) => onChange({ note: e.target.value })}
          onBlur={() => setOpen(false)}
        />
      )}
    </td>
  );
}
