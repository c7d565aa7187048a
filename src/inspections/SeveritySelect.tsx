import type { Inspection, SeverityChoice } from '../document/inspections/types';
import { useEditor } from '../editor/store';
import { SEVERITY_LABELS } from './useInspections';

const CHOICES: readonly SeverityChoice[] = ['error', 'warning', 'info', 'off'];

/**
 * The severity a rule has in this document. The choice is saved with the document (an error
 * lowered to a warning no longer fails the checklist, so like any edit it clears an approval);
 * choosing the rule's default again removes the choice.
 */
export function SeveritySelect({ rule, id }: { rule: Inspection; id?: string }) {
  const choices = useEditor((s) => s.doc?.meta.severities);
  const setMeta = useEditor((s) => s.setMeta);
  const value = choices?.[rule.id] ?? rule.severity;
  const choose = (next: SeverityChoice) => {
    const others = Object.fromEntries(
      Object.entries(choices ?? {}).filter(([id]) => id !== rule.id),
    );
    setMeta({ severities: next === rule.severity ? others : { ...others, [rule.id]: next } });
  };
  return (
    <select
      id={id}
      className="select select--small inspections__severity"
      aria-label={`Severity of “${rule.title}”`}
      value={value}
      onChange={(e) => choose(e.target.value as SeverityChoice)}
    >
      {CHOICES.map((choice) => (
        <option key={choice} value={choice}>
          {SEVERITY_LABELS[choice]}
          {choice === rule.severity ? ' (default)' : ''}
        </option>
      ))}
    </select>
  );
}
