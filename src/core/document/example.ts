import { newId } from '../ids';
import { NO_APPROVAL } from './approval';
import { examples } from '../../sections/examples';
import type { DocumentSections } from '../../sections/registry';
import { SCHEMA_VERSION, type ArchDocument } from './schema';

/**
 * The worked example: the template's own example system (ShopStream), every section filled
 * in. Imported lazily by the app, so its text is not part of the first download.
 */
export function createExampleDocument(now: string): ArchDocument {
  const sections = Object.fromEntries(
    Object.entries(examples).map(([id, example]) => [id, example()]),
  ) as DocumentSections;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    meta: {
      title: 'ShopStream Platform Architecture',
      version: '1.0',
      status: 'Draft',
      authors: 'Dana Kowalski (Lead Architect), Ravi Menon (Platform Engineering)',
      created: now,
      updated: now,
      // Left to the user: the example passes every review item except the approval.
      approval: NO_APPROVAL,
    },
    sections,
  };
}
