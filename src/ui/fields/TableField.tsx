import { useId, type CSSProperties } from 'react';
import { newId } from '../../core/ids';
import { addRow, moveRow, removeRow, updateRow } from '../../core/document/rows';
import { Icon } from '../icons/Icon';
import { capitalise } from './names';
import { RowActions } from './RowActions';
import { useNarrow } from './useNarrow';
import { useRowFocus } from './useRowFocus';
import './fields.css';

// Optional text columns too: a column added to a schema later is absent from older rows.
type StringKeys<Row> = {
  [K in keyof Row]-?: Row[K] extends string | undefined ? K : never;
}[keyof Row] &
  string;

/** One column of an editable table. Every cell holds a string (selects hold one of `options`). */
export interface Column<Row> {
  key: StringKeys<Row>;
  label: string;
  kind?: 'text' | 'textarea' | 'select' | 'url' | 'date' | 'number';
  options?: readonly string[];
  /** CSS grid track, e.g. "2fr" or "8rem". Defaults to 1fr. */
  width?: string;
  /** In the cards layout: the cell spans the whole card (long text). */
  wide?: boolean;
  placeholder?: string;
}

interface TableFieldProps<Row extends { id: string }> {
  label: string;
  /** Singular name of one row, lower case: "risk" gives "Add risk", "Remove risk 2". */
  rowName: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  /** A new row's values (without its id). */
  newRow: () => Omit<Row, 'id'>;
  onChange: (rows: Row[]) => void;
  hint?: string;
  anchor?: string;
  /** Overrides "Add <rowName>". */
  addLabel?: string;
  /**
   * "grid" (default): one line per row, turning into cards when the form is too narrow for it.
   * "cards": always cards, for records with long text.
   */
  layout?: 'grid' | 'cards';
}

/**
 * An editable table: one grid row per row with a control per column, named "<Column> <n>"
 * ("Risk 1", "Mitigation 1") so that tests and screen readers can find each cell.
 */
export function TableField<Row extends { id: string }>({
  label,
  rowName,
  rows,
  columns,
  newRow,
  onChange,
  hint,
  anchor,
  addLabel,
  layout = 'grid',
}: TableFieldProps<Row>) {
  const labelId = useId();
  const { container, focusRow } = useRowFocus();
  // A grid of several columns is unreadable in a narrow form: there, rows become cards too.
  const narrow = useNarrow(container, 600);
  const cards = layout === 'cards' || narrow;
  const style = {
    '--row-columns': columns.map((c) => c.width ?? '1fr').join(' '),
  } as CSSProperties;

  const add = () => {
    const row = { ...newRow(), id: newId() } as Row;
    focusRow(row.id);
    onChange(addRow(rows, row));
  };

  return (
    <div className="field" id={anchor} role="group" aria-labelledby={labelId}>
      <span className="field__label" id={labelId}>
        {label}
      </span>
      <div className={`rows rows--${cards ? 'cards' : 'grid'}`} ref={container} style={style}>
        {rows.length > 0 && (
          <div className="rows__header" aria-hidden="true">
            <div className="rows__cells">
              {columns.map((c) => (
                <span key={c.key}>{c.label}</span>
              ))}
            </div>
            <span className="rows__actions-spacer" />
          </div>
        )}
        {rows.length === 0 && <p className="rows__empty">No {rowName} rows yet.</p>}
        {rows.map((row, index) => {
          const name = `${capitalise(rowName)} ${index + 1}`;
          return (
            <div
              className="rows__row"
              key={row.id}
              data-row-id={row.id}
              role="group"
              aria-label={name}
            >
              <span className="rows__row-name" aria-hidden="true">
                {name}
              </span>
              <div className="rows__cells">
                {columns.map((column) => (
                  <Cell
                    key={column.key}
                    column={column}
                    name={`${column.label} ${index + 1}`}
                    value={(row[column.key] as string | undefined) ?? ''}
                    onChange={(value) =>
                      onChange(updateRow(rows, row.id, { [column.key]: value } as Partial<Row>))
                    }
                  />
                ))}
              </div>
              <RowActions
                name={`${rowName} ${index + 1}`}
                isFirst={index === 0}
                isLast={index === rows.length - 1}
                onMove={(offset) => onChange(moveRow(rows, row.id, offset))}
                onRemove={() => onChange(removeRow(rows, row.id))}
              />
            </div>
          );
        })}
        <button type="button" className="button button--ghost rows__add" onClick={add}>
          <Icon name="add" /> {addLabel ?? `Add ${rowName}`}
        </button>
      </div>
      {hint && <span className="field__hint">{hint}</span>}
    </div>
  );
}

interface CellProps<Row> {
  column: Column<Row>;
  name: string;
  value: string;
  onChange: (value: string) => void;
}

function Cell<Row>({ column, name, value, onChange }: CellProps<Row>) {
  const kind = column.kind ?? 'text';
  const control =
    kind === 'select' ? (
      <select
        className="select"
        aria-label={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {(column.options ?? []).map((o) => (
          <option key={o} value={o}>
            {o || '—'}
          </option>
        ))}
      </select>
    ) : kind === 'textarea' ? (
      <textarea
        className="textarea textarea--compact"
        aria-label={name}
        rows={1}
        value={value}
        placeholder={column.placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
    ) : (
      <input
        className="input"
        aria-label={name}
        type={kind === 'number' ? 'text' : kind}
        inputMode={kind === 'number' ? 'decimal' : undefined}
        value={value}
        placeholder={column.placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  return (
    <div
      className={column.wide || kind === 'textarea' ? 'rows__cell rows__cell--wide' : 'rows__cell'}
    >
      <span className="rows__cell-label" aria-hidden="true">
        {column.label}
      </span>
      {control}
    </div>
  );
}
