import { newId } from '../core/ids';
import { NO_APPROVAL } from './approval';
import { sections as modules, type DocumentSections } from './registry';
import { SCHEMA_VERSION, type ArchDocument } from './schema';

/**
 * The worked example: the template's own example system (ShopStream), every section filled
 * in. Imported lazily by the app, so its text is not part of the first download.
 */
export async function createExampleDocument(now: string): Promise<ArchDocument> {
  const contents = await Promise.all(modules.map((s) => s.example()));
  const sections = Object.fromEntries(
    modules.map((s, i) => [s.id, contents[i]]),
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
