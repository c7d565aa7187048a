import { newId } from '../core/ids';
import { NO_APPROVAL } from './approval';
import { sections, type DocumentSections } from './registry';
import { SCHEMA_VERSION, type ArchDocument } from './schema';
import type { SectionModel } from '../core/document/section';

function sectionsFrom(pick: (s: SectionModel) => unknown): DocumentSections {
  return Object.fromEntries(
    (sections as readonly SectionModel[]).map((s) => [s.id, pick(s)]),
  ) as DocumentSections;
}

/** A new document with every section empty. `now` is an ISO date-time. */
export function createEmptyDocument(now: string, title = 'Untitled architecture'): ArchDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    meta: {
      title,
      version: '0.1',
      status: 'Draft',
      authors: '',
      created: now,
      updated: now,
      approval: NO_APPROVAL,
    },
    sections: sectionsFrom((s) => s.empty()),
  };
}

/** A copy under a new id, with fresh timestamps; titled "<title> (copy)" unless given one. */
export function duplicateDocument(doc: ArchDocument, now: string, title?: string): ArchDocument {
  return {
    ...structuredClone(doc),
    id: newId(),
    // The copy is a new document: nobody has approved it yet.
    meta: {
      ...doc.meta,
      title: title ?? `${doc.meta.title} (copy)`,
      created: now,
      updated: now,
      approval: NO_APPROVAL,
    },
  };
}
