import { z } from 'zod';
import { sections, type DocumentSections } from '../../sections/registry';
import type { SectionDefinition } from './section';

/** Version of the stored document shape; bump it with a migration in migrations.ts. */
export const SCHEMA_VERSION = 1;

export const STATUSES = ['Draft', 'In review', 'Approved'] as const;
export type DocumentStatus = (typeof STATUSES)[number];

export const metadataSchema = z.object({
  title: z.string().max(300, 'the title is longer than 300 characters').default(''),
  version: z.string().max(50).default('0.1'),
  status: z.enum(STATUSES).default('Draft'),
  authors: z.string().max(1000).default(''),
  created: z.iso.datetime({ message: 'must be a date and time (ISO 8601)' }),
  updated: z.iso.datetime({ message: 'must be a date and time (ISO 8601)' }),
});
export type DocumentMetadata = z.output<typeof metadataSchema>;

// Built from the registry so that a section is declared once; the cast restores the
// precise per-section types that Object.fromEntries cannot express.
const sectionsSchema = z.object(
  Object.fromEntries(
    (sections as readonly SectionDefinition[]).map((s) => [s.id, s.schema.default(s.empty())]),
  ),
) as unknown as z.ZodType<DocumentSections>;

export const documentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  meta: metadataSchema,
  sections: sectionsSchema,
});

export type ArchDocument = z.output<typeof documentSchema>;
