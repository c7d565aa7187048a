import { useId } from 'react';
import { Field } from '../../ui/fields/Field';
import { capitalise } from '../../ui/fields/names';
import { downtimeSentence, parseAvailability } from './downtime';
import './availability.css';

interface AvailabilityFieldProps {
  value: string;
  onChange: (value: string) => void;
  anchor?: string;
}

/**
 * The availability target with the downtime it allows read out below it. What was typed is
 * always kept, valid or not; a value that is not a percentage gets an inline message instead.
 */
export function AvailabilityField({ value, onChange, anchor }: AvailabilityFieldProps) {
  const statusId = useId();
  const availability = parseAvailability(value);
  const invalid = availability.kind === 'invalid';
  const status =
    availability.kind === 'valid'
      ? `${capitalise(downtimeSentence(availability))}.`
      : availability.kind === 'invalid'
        ? availability.message
        : '';
  return (
    <Field
      label="Availability"
      hint="Percentage of time the system is up, e.g. 99.9. A month is the calendar average, 30.44 days."
      anchor={anchor}
    >
      {(id, hintId) => (
        <>
          <div className="availability">
            <input
              id={id}
              className="input availability__input"
              inputMode="decimal"
              value={value}
              placeholder="99.9"
              aria-invalid={invalid || undefined}
              aria-describedby={[statusId, hintId].filter(Boolean).join(' ')}
              onChange={(e) => onChange(e.target.value)}
            />
            <span className="availability__unit" aria-hidden="true">
              %
            </span>
          </div>
          <output
            id={statusId}
            htmlFor={id}
            aria-live="polite"
            className={
              invalid ? 'availability__status availability__status--error' : 'availability__status'
            }
          >
            {status}
          </output>
        </>
      )}
    </Field>
  );
}
