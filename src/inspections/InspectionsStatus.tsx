import { Icon } from '../ui/icons/Icon';
import { useDialogs } from '../dialogs/store';
import { countsSentence, useInspections } from './useInspections';
import './inspections.css';

/**
 * The inspections in the top bar, beside the checklist: how many errors and warnings stand,
 * coloured by the worst; opens the Inspections panel. Its name begins with what it shows
 * (WCAG 2.5.3, Label in Name).
 */
export function InspectionsStatus() {
  const report = useInspections();
  const show = useDialogs((s) => s.show);
  if (!report) return null;
  const { error, warning } = report.counts;
  const worst = error > 0 ? 'error' : warning > 0 ? 'warning' : 'clear';
  return (
    <button
      type="button"
      className={`button inspections-status inspections-status--${worst}`}
      onClick={() => show('inspections')}
    >
      <Icon name={worst === 'clear' ? 'check' : 'alert'} />
      <span className="topbar__label">Inspections</span>
      <span>{error + warning}</span>
      <span className="visually-hidden">to fix: {countsSentence(report.counts)}</span>
    </button>
  );
}
