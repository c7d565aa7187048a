import * as z from 'zod/mini';
import { sections, type DocumentSections } from './registry';
import type { SectionModel } from '../core/document/section';

/** Version of the stored document shape; bump it with a migration in migrations.ts. */
export const SCHEMA_VERSION = 2;

export const STATUSES = ['Draft', 'In review', 'Approved'] as const;
export type DocumentStatus = (typeof STATUSES)[number];

/**
 * The stakeholder approval the review checklist asks for, entered by hand. A later change to
 * the document clears it (see approval.ts) and leaves `cleared` saying whose it was.
 */
export const approvalSchema = z.object({
  approver: z._default(z.string(), ''),
  /** YYYY-MM-DD. */
  date: z._default(z.string(), ''),
  cleared: z._default(z.string(), ''),
});
export type Approval = z.output<typeof approvalSchema>;

export const metadataSchema = z.object({
  // No length limits: a document the app saved must always open again.
  title: z._default(z.string(), ''),
  version: z._default(z.string(), '0.1'),
  status: z._default(z.enum(STATUSES), 'Draft'),
  authors: z._default(z.string(), ''),
  created: z.iso.datetime(),
  updated: z.iso.datetime(),
  approval: z._default(approvalSchema, { approver: '', date: '', cleared: '' }),
  /**
   * The severity this document gives an inspection, by the rule's id, where the user changed
   * it (see document/inspections): 'error', 'warning', 'info' or 'off'.
   */
  // Optional, not defaulted: a document that never changed one reads back exactly as stored.
  severities: z.optional(z.record(z.string(), z.enum(['error', 'warning', 'info', 'off']))),
});
export type DocumentMetadata = z.output<typeof metadataSchema>;

// Built from the registry so that a section is declared once; the cast restores the
// precise per-section types that Object.fromEntries cannot express.
const sectionsSchema = z.object(
  Object.fromEntries(
    (sections as readonly SectionModel[]).map((s) => [s.id, z._default(s.schema, s.empty())]),
  ),
) as unknown as z.ZodMiniType<DocumentSections>;

export const documentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().check(z.minLength(1)),
  meta: metadataSchema,
  sections: sectionsSchema,
});

export type ArchDocument = z.output<typeof documentSchema>;
