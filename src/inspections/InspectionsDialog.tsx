import { useId, useState } from 'react';
import { sectionName } from '../core/document/section';
import type { Finding, Severity } from '../document/inspections/types';
import { inspections } from '../document/inspections/rules';
import { sections } from '../document/registry';
import { useCloseDialog, useDialogOpen } from '../dialogs/store';
import { Dialog } from '../ui/Dialog';
import { FindingGroup } from './FindingGroup';
import { SeveritySelect } from './SeveritySelect';
import { countsSentence, SEVERITY_LABELS, useInspections } from './useInspections';

type Filter = 'all' | Severity;
const FILTERS: readonly Filter[] = ['all', 'error', 'warning', 'info'];
const FILTER_LABELS = { all: 'All', error: 'Errors', warning: 'Warnings', info: 'Suggestions' };

/**
 * The inspections of the architecture across sections: findings grouped by section and rule,
 * filtered by severity, each with a link to the field that fixes it, and every rule's
 * severity for this document.
 */
export default function InspectionsDialog() {
  const open = useDialogOpen('inspections');
  const close = useCloseDialog('inspections');
  const report = useInspections();
  const [filter, setFilter] = useState<Filter>('all');
  const filterName = useId();
  if (!report) return null;

  const shown = report.findings.filter((f) => filter === 'all' || f.severity === filter);
  const bySection = sections
    .map((s) => ({ section: s, findings: shown.filter((f) => f.section === s.id) }))
    .filter((g) => g.findings.length > 0);
  const count = (f: Filter) => (f === 'all' ? report.findings.length : report.counts[f]);

  return (
    <Dialog
      title="Inspections"
      open={open}
      onClose={close}
      actions={
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      }
    >
      <p className="inspections__summary" role="status">
        <strong>{capitalise(countsSentence(report.counts))}.</strong>{' '}
        {report.counts.error > 0
          ? 'Errors fail the checklist item “Documentation is comprehensive”.'
          : 'No error stands in the way of the checklist.'}
        {report.silenced > 0 && ` ${report.silenced} more from rules turned off.`}
      </p>
      <fieldset className="inspections__filter">
        <legend className="visually-hidden">Show</legend>
        {FILTERS.map((f) => (
          <label key={f} className={`inspections__filter-option${filter === f ? ' is-on' : ''}`}>
            <input
              type="radio"
              name={filterName}
              value={f}
              checked={filter === f}
              onChange={() => setFilter(f)}
            />
            {FILTER_LABELS[f]} ({count(f)})
          </label>
        ))}
      </fieldset>
      {bySection.length === 0 && (
        <p className="inspections__empty">
          {filter === 'all'
            ? 'Every inspection passes.'
            : `No ${FILTER_LABELS[filter].toLowerCase()}.`}
        </p>
      )}
      {bySection.map(({ section, findings }) => (
        <section key={section.id} className="inspections__section">
          <h3 className="inspections__section-title">{sectionName(section)}</h3>
          {byRule(findings).map((group) => (
            <FindingGroup key={group[0]?.rule.id} findings={group} />
          ))}
        </section>
      ))}
      <details className="inspections__rules">
        <summary>All {inspections.length} rules and their severity in this document</summary>
        <table className="inspections__rule-table">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Severity</th>
            </tr>
          </thead>
          <tbody>
            {inspections.map((rule) => (
              <tr key={rule.id}>
                <td>
                  {rule.title} <code className="inspections__rule-id">{rule.id}</code>
                  <span className="visually-hidden">
                    , default {SEVERITY_LABELS[rule.severity]}
                  </span>
                </td>
                <td>
                  <SeveritySelect rule={rule} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Dialog>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Findings of one section, by rule, in the order they came (most severe first). */
function byRule(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.rule.id, [...(groups.get(f.rule.id) ?? []), f]);
  return [...groups.values()];
}
