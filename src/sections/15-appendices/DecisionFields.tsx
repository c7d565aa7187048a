import { useRef } from 'react';
import { Field } from '../../ui/fields/Field';
import { ListField } from '../../ui/fields/ListField';
import { SelectField, optionsOf, type Option } from '../../ui/fields/SelectField';
import { TextAreaField, TextField } from '../../ui/fields/TextField';
import { STATUS_ORDER, adrId, sameAdr, type Decision } from './decisions';
import { linksTo, renumber, type LinkRef } from './log';
import { setSupersededBy, setSupersedes } from './supersede';

interface DecisionFieldsProps {
  decision: Decision;
  log: readonly Decision[];
  onChange: (log: Decision[]) => void;
  duplicate: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const short = (text: string) => (text.length > 48 ? `${text.slice(0, 47).trimEnd()}…` : text);

/** The other records a link can point at, plus the current value when it is not among them. */
function linkOptions(d: Decision, log: readonly Decision[], current: string): Option<string>[] {
  const others = log.filter((o) => o.id !== d.id && o.number.trim() !== '');
  const options = others.map((o) => ({
    value: o.number,
    label: `${adrId(o.number)}: ${short(o.title.trim() || 'Untitled decision')}`,
  }));
  const missing =
    current.trim() && !others.some((o) => sameAdr(o.number, current))
      ? [{ value: current, label: `${adrId(current)} (not in the log)` }]
      : [];
  return [{ value: '', label: 'None' }, ...missing, ...options];
}

/** A link select shows the matching record even when the number is written differently. */
const selected = (log: readonly Decision[], current: string) =>
  log.find((o) => sameAdr(o.number, current))?.number ?? current;

/** The fields of one decision record, in MADR's order. */
export function DecisionFields({ decision: d, log, onChange, duplicate }: DecisionFieldsProps) {
  const refs = useRef<LinkRef[]>([]);
  const patch = (p: Partial<Decision>) =>
    onChange(log.map((o) => (o.id === d.id ? { ...o, ...p } : o)));
  return (
    <>
      <TextField
        label="Title"
        value={d.title}
        onChange={(title) => patch({ title })}
        placeholder="Use PostgreSQL for the order service"
      />
      <div className="adr__facts">
        <Field label="Number" hint={duplicate ? 'Another decision has this number.' : undefined}>
          {(id, hintId) => (
            <input
              id={id}
              className="input"
              value={d.number}
              placeholder="0001"
              aria-describedby={hintId}
              aria-invalid={duplicate || undefined}
              // Links follow the number. Which links are this record's is fixed when editing
              // starts: while typing, the number passes through blank and other numbers.
              onFocus={() => (refs.current = linksTo(log, d.id))}
              onChange={(e) => onChange(renumber(log, d.id, e.target.value, refs.current))}
            />
          )}
        </Field>
        <SelectField
          label="Status"
          value={d.status}
          options={optionsOf(STATUS_ORDER)}
          onChange={(status) => patch({ status })}
        />
        <TextField
          label="Date"
          // Imported dates may be any text ("{YYYY-MM-DD ...}"): a date input would hide it.
          type={d.date === '' || ISO_DATE.test(d.date) ? 'date' : 'text'}
          value={d.date}
          onChange={(date) => patch({ date })}
        />
        <div className="adr__deciders">
          <TextField
            label="Deciders"
            value={d.deciders}
            onChange={(deciders) => patch({ deciders })}
            placeholder="Names, comma separated"
          />
        </div>
      </div>
      <TextAreaField
        label="Context"
        markdown
        value={d.context}
        onChange={(context) => patch({ context })}
        placeholder="The problem, and the forces at play."
        rows={3}
      />
      <ListField
        label="Considered options"
        itemName="option"
        items={d.options}
        onChange={(options) => patch({ options })}
        placeholder="An option that was considered"
      />
      <TextAreaField
        label="Decision outcome"
        markdown
        value={d.decision}
        onChange={(decision) => patch({ decision })}
        placeholder="The chosen option, and why."
        rows={3}
      />
      <TextAreaField
        label="Consequences"
        markdown
        value={d.consequences}
        onChange={(consequences) => patch({ consequences })}
        placeholder="What becomes easier, and what harder."
        rows={3}
      />
      <div className="adr__facts adr__facts--links">
        <SelectField
          label="Supersedes"
          value={selected(log, d.supersedes)}
          options={linkOptions(d, log, d.supersedes)}
          onChange={(n) => onChange(setSupersedes(log, d.id, n))}
        />
        <SelectField
          label="Superseded by"
          value={selected(log, d.supersededBy)}
          options={linkOptions(d, log, d.supersededBy)}
          onChange={(n) => onChange(setSupersededBy(log, d.id, n))}
        />
      </div>
      {!d.number.trim() && (
        <p className="adr__note">Give this decision a number to link it both ways.</p>
      )}
    </>
  );
}
