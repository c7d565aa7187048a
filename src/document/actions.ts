import type { DocumentSections, SectionData, SectionId } from './registry';
import { afterChange } from './approval';
import type { Approval, ArchDocument, DocumentMetadata } from './schema';

/**
 * The ways a document changes, as pure functions (document in, document out). The store
 * applies them; tests apply them directly. Every change stamps `meta.updated`, and a change
 * to what the document says clears its approval.
 */

export type MetadataPatch = Partial<Omit<DocumentMetadata, 'created' | 'updated' | 'approval'>>;

export function setMeta(doc: ArchDocument, patch: MetadataPatch, now: string): ArchDocument {
  const meta = { ...doc.meta, ...patch };
  // The status is where the review stands, not what was reviewed: moving it to "Approved"
  // must not clear the approval it records.
  const onlyStatus = Object.keys(patch).every((key) => key === 'status');
  return { ...doc, meta: onlyStatus ? { ...meta, updated: now } : afterChange(meta, now) };
}

/** The approver and date entered by hand in the review checklist. */
export function setApproval(
  doc: ArchDocument,
  patch: Partial<Omit<Approval, 'cleared'>>,
  now: string,
): ArchDocument {
  const approval = { ...doc.meta.approval, ...patch, cleared: '' };
  return { ...doc, meta: { ...doc.meta, approval, updated: now } };
}

export function updateSection<K extends SectionId>(
  doc: ArchDocument,
  id: K,
  patch: Partial<SectionData<K>>,
  now: string,
): ArchDocument {
  const sections: DocumentSections = { ...doc.sections, [id]: { ...doc.sections[id], ...patch } };
  return { ...doc, sections, meta: afterChange(doc.meta, now) };
}
