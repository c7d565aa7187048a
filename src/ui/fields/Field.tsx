import { useId, type ReactNode } from 'react';
import './fields.css';

interface FieldProps {
  label: string;
  hint?: string | undefined;
  badge?: string | undefined;
  /** Anchor for links that open this field (checklist, navigator). */
  anchor?: string | undefined;
  /**
   * "label" (default): a <label for> the control. "caption": plain text, for a control that
   * carries its own accessible name (Monaco takes the label as its ariaLabel).
   */
  labelAs?: 'label' | 'caption';
  children: (controlId: string, hintId: string | undefined) => ReactNode;
}

/** A label, an optional hint and one control; the control gets the label's `id`. */
export function Field({ label, hint, badge, anchor, labelAs = 'label', children }: FieldProps) {
  const controlId = useId();
  const hintId = hint ? `${controlId}-hint` : undefined;
  // The badge ("Markdown", "SQL") sits beside the label, not in it: the accessible name is
  // the template's own word.
  return (
    <div className="field" id={anchor}>
      <div className="field__label">
        {labelAs === 'label' ? <label htmlFor={controlId}>{label}</label> : <span>{label}</span>}
        {badge && <span className="field__badge">{badge}</span>}
      </div>
      {children(controlId, hintId)}
      {hint && (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      )}
    </div>
  );
}

interface FieldGroupProps {
  title: string;
  description?: string;
  anchor?: string;
  children: ReactNode;
}

/** A titled group of fields: a template subsection such as "2.1 Business Context". */
export function FieldGroup({ title, description, anchor, children }: FieldGroupProps) {
  return (
    <fieldset className="group" id={anchor}>
      <legend className="group__title">{title}</legend>
      {description && <p className="group__description">{description}</p>}
      {children}
    </fieldset>
  );
}
