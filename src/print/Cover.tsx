import { isApproved, isIsoDate } from '../document/approval';
import type { DocumentMetadata } from '../document/schema';
import { isoDate } from '../document/markdown/toMarkdown';

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "24 November 2026" for a real ISO date; anything else as it was typed. */
export function formatDate(date: string): string {
  const day = isoDate(date.trim());
  return isIsoDate(day) ? longDate.format(new Date(`${day}T00:00:00Z`)) : date;
}

function approvalText(approval: DocumentMetadata['approval']): string {
  if (!isApproved(approval)) return 'Not yet approved';
  return `${approval.approver.trim()}, ${formatDate(approval.date)}`;
}

/** The first page: what the document is, which version, and whether it was approved. */
export function Cover({ meta, draft }: { meta: DocumentMetadata; draft: boolean }) {
  const rows: [string, string][] = [
    ['Version', meta.version.trim() || '—'],
    ['Status', meta.status],
    ['Authors', meta.authors.trim() || '—'],
    ['Approved by', approvalText(meta.approval)],
    ['Last updated', formatDate(meta.updated)],
  ];
  return (
    <header className="print-cover">
      <div className="print-cover__top">
        <p className="print-cover__kind">System Architecture Document</p>
        <h1 className="print-cover__title">
          {meta.title.trim() || 'System Architecture Document'}
        </h1>
        <p className="print-cover__version">
          Version {meta.version.trim() || '—'} · {meta.status}
        </p>
        {draft && (
          <p className="print-cover__draft">
            DRAFT: printed before its review checklist is complete.
          </p>
        )}
      </div>
      <dl className="print-cover__meta">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
