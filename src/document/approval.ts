import type { Approval, DocumentMetadata } from './schema';

export const NO_APPROVAL: Approval = { approver: '', date: '', cleared: '' };

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  // Date.parse rolls "2026-02-30" over into March: a real date reads back the same.
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** Approved: a name and a real date, both entered by hand. */
export function isApproved(approval: Approval): boolean {
  return approval.approver.trim() !== '' && isIsoDate(approval.date.trim());
}

/**
 * The metadata after a change to the document's content: an approval was given to the
 * document as it was, so it does not survive the change; `cleared` keeps whose it was so the
 * checklist can say why approval is missing again.
 */
export function afterChange(meta: DocumentMetadata, now: string): DocumentMetadata {
  const { approval } = meta;
  const given = approval.approver.trim() !== '' || approval.date.trim() !== '';
  return {
    ...meta,
    updated: now,
    approval: given
      ? {
          ...NO_APPROVAL,
          cleared: [approval.approver.trim(), approval.date.trim()].filter(Boolean).join(', '),
        }
      : approval,
  };
}
