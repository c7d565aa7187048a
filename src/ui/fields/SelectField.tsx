import { Field } from './Field';

export interface Option<T extends string> {
  value: T;
  label: string;
}

/** Options whose label is the value itself. */
export function optionsOf<T extends string>(values: readonly T[]): Option<T>[] {
  return values.map((value) => ({ value, label: value }));
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
  hint?: string;
  anchor?: string;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  hint,
  anchor,
}: SelectFieldProps<T>) {
  return (
    <Field label={label} hint={hint} anchor={anchor}>
      {(id, hintId) => (
        <select
          id={id}
          className="select"
          value={value}
          aria-describedby={hintId}
          onChange={(e) => onChange(e.target.value as T)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
