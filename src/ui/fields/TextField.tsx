import { Field } from './Field';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  placeholder?: string;
  anchor?: string;
  type?: 'text' | 'url' | 'date';
  inputMode?: 'text' | 'decimal' | 'numeric';
}

export function TextField({
  label,
  value,
  onChange,
  hint,
  placeholder,
  anchor,
  type = 'text',
  inputMode,
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} anchor={anchor}>
      {(id, hintId) => (
        <input
          id={id}
          className="input"
          type={type}
          inputMode={inputMode}
          value={value}
          placeholder={placeholder}
          aria-describedby={hintId}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  placeholder?: string;
  anchor?: string;
  /** Say that the text is Markdown (rendered as such in the preview). */
  markdown?: boolean;
  rows?: number;
}

export function TextAreaField({
  label,
  value,
  onChange,
  hint,
  placeholder,
  anchor,
  markdown = false,
  rows = 4,
}: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} anchor={anchor} badge={markdown ? 'Markdown' : undefined}>
      {(id, hintId) => (
        <textarea
          id={id}
          className="textarea"
          rows={rows}
          value={value}
          placeholder={placeholder}
          aria-describedby={hintId}
          spellCheck
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
