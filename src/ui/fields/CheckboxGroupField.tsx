import { useId } from 'react';
import './fields.css';

interface CheckboxGroupFieldProps<T extends string> {
  label: string;
  options: readonly T[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  hint?: string;
  anchor?: string;
}

/** Several choices out of a fixed set; the stored order follows the options' order. */
export function CheckboxGroupField<T extends string>({
  label,
  options,
  value,
  onChange,
  hint,
  anchor,
}: CheckboxGroupFieldProps<T>) {
  const labelId = useId();
  const toggle = (option: T, checked: boolean) =>
    onChange(options.filter((o) => (o === option ? checked : value.includes(o))));
  return (
    <div className="field" id={anchor} role="group" aria-labelledby={labelId}>
      <span className="field__label" id={labelId}>
        {label}
      </span>
      <div className="checks">
        {options.map((option) => (
          <label key={option} className="check">
            <input
              type="checkbox"
              checked={value.includes(option)}
              onChange={(e) => toggle(option, e.target.checked)}
            />
            {option}
          </label>
        ))}
      </div>
      {hint && <span className="field__hint">{hint}</span>}
    </div>
  );
}
