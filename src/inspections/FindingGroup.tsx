import { useId } from 'react';
import type { Finding } from '../document/inspections/types';
import { useCloseDialog } from '../dialogs/store';
import { useEditor } from '../editor/store';
import { fixDestination, fixLabel } from '../review/fix';
import { Icon } from '../ui/icons/Icon';
import { SeveritySelect } from './SeveritySelect';
import { SEVERITY_LABELS } from './useInspections';

/** One rule's findings in a section: the rule, its severity here, and each finding's fix. */
export function FindingGroup({ findings }: { findings: readonly Finding[] }) {
  const [first] = findings;
  const titleId = useId();
  if (!first) return null;
  const { rule, severity } = first;
  return (
    <div className={`inspections__rule inspections__rule--${severity}`}>
      <div className="inspections__rule-head">
        <span className={`inspections__badge inspections__badge--${severity}`}>
          <Icon name={severity === 'info' ? 'check' : 'alert'} size={14} />
          {SEVERITY_LABELS[severity]}
        </span>
        <span className="inspections__rule-title" id={titleId}>
          {rule.title}
        </span>
        <SeveritySelect rule={rule} />
      </div>
      <ul className="inspections__findings" aria-labelledby={titleId}>
        {findings.map((f, i) => (
          <FindingItem key={`${i}:${f.message}`} finding={f} />
        ))}
      </ul>
    </div>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const messageId = useId();
  const close = useCloseDialog('inspections');
  const openField = useEditor((s) => s.openField);
  const destination = fixDestination(finding.fix);
  return (
    <li className="inspections__finding">
      <span id={messageId}>{finding.message}</span>
      {destination && (
        <button
          type="button"
          className="link-button inspections__fix"
          aria-describedby={messageId}
          onClick={() => {
            close();
            openField(destination.panel, destination.anchor);
          }}
        >
          {fixLabel(finding.fix)}
          <Icon name="chevron" size={14} />
        </button>
      )}
    </li>
  );
}
