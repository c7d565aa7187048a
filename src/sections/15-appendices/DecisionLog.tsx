import { useEffect, useId, useRef, useState } from 'react';
import { useDocumentCommands } from '../../ui/commands';
import { architecturalDecisions } from '../03-architectural-decisions/model';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/icons/Icon';
import { STATUS_ORDER, adrId, newDecision, type AdrStatus, type Decision } from './decisions';
import { DecisionCard } from './DecisionCard';
import { duplicateNumbers, moveAmong, removeDecision } from './log';
import { MadrTransfer } from './MadrTransfer';
import './decision-log.css';

interface DecisionLogProps {
  decisions: readonly Decision[];
  onChange: (decisions: Decision[]) => void;
}

type Filter = 'All' | AdrStatus;

/**
 * C. Decision Log: the records as cards that open to their fields, a status filter (it hides
 * cards, never data), add / remove (asked first) / reorder, and MADR export and import.
 */
export default function DecisionLog({ decisions, onChange }: DecisionLogProps) {
  const labelId = useId();
  const filterId = useId();
  const [filter, setFilter] = useState<Filter>('All');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [removing, setRemoving] = useState<Decision | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Where an adopted decision came from: the question of its comparison in 3.2.
  const comparisons = useDocumentCommands().useSectionValue(architecturalDecisions)?.comparisons;

  const visible = decisions.filter((d) => filter === 'All' || d.status === filter);
  const visibleIds = visible.map((d) => d.id);
  const duplicates = duplicateNumbers(decisions);
  const count = (status: AdrStatus) => decisions.filter((d) => d.status === status).length;
  const allOpen = visible.length > 0 && visible.every((d) => expanded.has(d.id));

  // After adding, the new record's title takes the focus; after removing, "Add decision" does
  // (the removed card had it). A ref, not state: it is used once, after the next render.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    const title = `[data-row-id="${id}"] .adr__body input`;
    (id === 'add' ? addButton.current : list.current?.querySelector<HTMLElement>(title))?.focus();
  });

  const toggle = (id: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const add = () => {
    const record = newDecision(decisions);
    setFilter('All');
    setExpanded((open) => new Set(open).add(record.id));
    onChange([...decisions, record]);
    pendingFocus.current = record.id;
  };

  const comparisonOf = (d: Decision) =>
    d.comparisonId
      ? comparisons?.find((c) => c.id === d.comparisonId)?.question.trim() || null
      : undefined;

  return (
    <div className="field decision-log" role="group" aria-labelledby={labelId}>
      <span className="field__label" id={labelId}>
        Decisions (ADRs)
      </span>
      <div className="decision-log__toolbar">
        <div className="decision-log__filter">
          <label htmlFor={filterId}>Filter by status</label>
          <select
            id={filterId}
            className="select select--small"
            value={filter}
            onChange={(e) => setFilter(e.target.value as Filter)}
          >
            <option value="All">All ({decisions.length})</option>
            {STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {s} ({count(s)})
              </option>
            ))}
          </select>
        </div>
        <MadrTransfer decisions={decisions} onImport={onChange} />
      </div>
      <div className="decision-log__cards" ref={list}>
        {decisions.length === 0 && <p className="rows__empty">No decisions yet.</p>}
        {decisions.length > 0 && visible.length === 0 && (
          <p className="rows__empty">No {filter.toLowerCase()} decisions.</p>
        )}
        {visible.length > 0 && (
          <div className="decision-log__list-header">
            <p>
              {filter === 'All'
                ? `${decisions.length} decision${decisions.length === 1 ? '' : 's'}`
                : `Showing ${visible.length} of ${decisions.length} decisions`}
            </p>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() =>
                setExpanded(allOpen ? new Set() : new Set([...expanded, ...visibleIds]))
              }
            >
              {allOpen ? 'Collapse all' : 'Expand all'}
            </button>
          </div>
        )}
        {visible.map((d, index) => (
          <DecisionCard
            key={d.id}
            decision={d}
            log={decisions}
            onChange={onChange}
            expanded={expanded.has(d.id)}
            onToggle={() => toggle(d.id)}
            isFirst={index === 0}
            isLast={index === visible.length - 1}
            onMove={(offset) => onChange(moveAmong(decisions, d.id, offset, visibleIds))}
            onRemove={() => setRemoving(d)}
            comparison={comparisonOf(d)}
            duplicate={duplicates.has(d.id)}
          />
        ))}
      </div>
      <button
        type="button"
        className="button button--ghost rows__add"
        ref={addButton}
        onClick={add}
      >
        <Icon name="add" /> Add decision
      </button>
      {removing && (
        <ConfirmDialog
          title={`Remove ${adrId(removing.number) || 'this decision'}?`}
          message={`“${removing.title.trim() || 'Untitled decision'}” will be removed from the decision log, and links from other decisions to it cleared. This cannot be undone.`}
          confirmLabel="Remove decision"
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            onChange(removeDecision(decisions, removing.id));
            setRemoving(null);
            pendingFocus.current = 'add';
          }}
        />
      )}
    </div>
  );
}
