import { useId } from 'react';
import { RowActions } from '../../ui/fields/RowActions';
import { Icon } from '../../ui/icons/Icon';
import { adrId, decisionHeading, type Decision } from './decisions';
import { DecisionFields } from './DecisionFields';

interface DecisionCardProps {
  decision: Decision;
  /** The whole log: link choices come from it, and edits return a new one. */
  log: readonly Decision[];
  onChange: (log: Decision[]) => void;
  expanded: boolean;
  onToggle: () => void;
  isFirst: boolean;
  isLast: boolean;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  /** The question of the stack comparison it was adopted from; null when that is gone. */
  comparison: string | null | undefined;
  duplicate: boolean;
}

/** One decision record: a summary line that opens to the record's fields in MADR's order. */
export function DecisionCard(props: DecisionCardProps) {
  const { decision: d, log, onChange, expanded, comparison, duplicate } = props;
  const bodyId = useId();
  const name = adrId(d.number) || 'decision without a number';

  return (
    <section className="adr" role="group" aria-label={decisionHeading(d)} data-row-id={d.id}>
      <div className="adr__header">
        <button
          type="button"
          className="adr__toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={props.onToggle}
        >
          <span className="adr__chevron" aria-hidden="true">
            <Icon name="chevron" size={14} />
          </span>
          <span className="adr__number">{adrId(d.number) || 'ADR-?'}</span>
          <span className="adr__title">{d.title.trim() || 'Untitled decision'}</span>
          <span className={`adr__status adr__status--${d.status.toLowerCase()}`}>{d.status}</span>
          {d.date && <span className="adr__date">{d.date}</span>}
        </button>
        <RowActions
          name={name}
          isFirst={props.isFirst}
          isLast={props.isLast}
          onMove={props.onMove}
          onRemove={props.onRemove}
        />
      </div>
      {(d.supersedes || d.supersededBy || d.comparisonId) && (
        <p className="adr__links">
          {d.supersedes.trim() && <span>Supersedes {adrId(d.supersedes)}</span>}
          {d.supersededBy.trim() && <span>Superseded by {adrId(d.supersededBy)}</span>}
          {d.comparisonId &&
            (comparison ? (
              <span>Adopted from the stack comparison '{comparison}'</span>
            ) : (
              <span>Adopted from a stack comparison that is no longer in the document</span>
            ))}
        </p>
      )}
      <div className="adr__body" id={bodyId} hidden={!expanded}>
        {expanded && (
          <DecisionFields decision={d} log={log} onChange={onChange} duplicate={duplicate} />
        )}
      </div>
    </section>
  );
}
