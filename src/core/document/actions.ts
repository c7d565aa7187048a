import type { DocumentSections, SectionData, SectionId } from '../../sections/registry';
import type { ArchDocument, DocumentMetadata } from './schema';

/**
 * The ways a document changes, as pure functions (document in, document out). The store
 * applies them; tests apply them directly. Every change stamps `meta.updated`.
 */

export function setMeta(
  doc: ArchDocument,
  patch: Partial<Omit<DocumentMetadata, 'created' | 'updated'>>,
  now: string,
): ArchDocument {
  return { ...doc, meta: { ...doc.meta, ...patch, updated: now } };
}

export function updateSection<K extends SectionId>(
  doc: ArchDocument,
  id: K,
  patch: Partial<SectionData<K>>,
  now: string,
): ArchDocument {
  const sections: DocumentSections = { ...doc.sections, [id]: { ...doc.sections[id], ...patch } };
  return { ...doc, sections, meta: { ...doc.meta, updated: now } };
}
