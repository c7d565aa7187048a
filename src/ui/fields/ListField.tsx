import { useId, type KeyboardEvent } from 'react';
import { newId } from '../../core/ids';
import type { ListItem } from '../../core/document/fields';
import { addRow, moveRow, removeRow, updateRow } from '../../core/document/rows';
import { Icon } from '../icons/Icon';
import { capitalise } from './names';
import { RowActions } from './RowActions';
import { useRowFocus } from './useRowFocus';
import './fields.css';

interface ListFieldProps {
  label: string;
  /** Singular name of one item, lower case: "goal" gives "Goal 1" and "Add goal". */
  itemName: string;
  items: readonly ListItem[];
  onChange: (items: ListItem[]) => void;
  hint?: string;
  placeholder?: string;
  anchor?: string;
  numbered?: boolean;
}

/** An editable list: Enter adds an item below, Backspace in an empty item removes it. */
export function ListField({
  label,
  itemName,
  items,
  onChange,
  hint,
  placeholder,
  anchor,
  numbered = false,
}: ListFieldProps) {
  const labelId = useId();
  const { container, focusRow } = useRowFocus();

  const add = (at = items.length) => {
    const item = { id: newId(), text: '' };
    focusRow(item.id);
    onChange(addRow(items, item, at));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>, index: number, item: ListItem) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      add(index + 1);
    } else if (e.key === 'Backspace' && item.text === '' && items.length > 0) {
      e.preventDefault();
      const previous = items[index - 1];
      if (previous) focusRow(previous.id);
      onChange(removeRow(items, item.id));
    }
  };

  return (
    <div className="field" id={anchor} role="group" aria-labelledby={labelId}>
      <span className="field__label" id={labelId}>
        {label}
      </span>
      <div className="rows" ref={container}>
        {items.length === 0 && <p className="rows__empty">None yet.</p>}
        {items.map((item, index) => {
          const name = `${itemName} ${index + 1}`;
          return (
            <div className="rows__list-row" key={item.id} data-row-id={item.id}>
              <span className="rows__marker" aria-hidden="true">
                {numbered ? `${index + 1}.` : '•'}
              </span>
              <textarea
                className="textarea textarea--line"
                rows={1}
                aria-label={capitalise(name)}
                value={item.text}
                placeholder={placeholder}
                onChange={(e) => onChange(updateRow(items, item.id, { text: e.target.value }))}
                onKeyDown={(e) => onKeyDown(e, index, item)}
              />
              <RowActions
                name={name}
                isFirst={index === 0}
                isLast={index === items.length - 1}
                onMove={(offset) => onChange(moveRow(items, item.id, offset))}
                onRemove={() => onChange(removeRow(items, item.id))}
              />
            </div>
          );
        })}
        <button type="button" className="button button--ghost rows__add" onClick={() => add()}>
          <Icon name="add" /> Add {itemName}
        </button>
      </div>
      {hint && <span className="field__hint">{hint}</span>}
    </div>
  );
}
