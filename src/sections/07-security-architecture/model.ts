import * as z from 'zod/mini';
import { defineModel, sectionName } from '../../core/document/section';
import { choice, choices, rows, text } from '../../core/document/fields';
import {
  blocks,
  captioned,
  headed,
  labelled,
  markdownText,
  table,
} from '../../core/markdown/blocks';

export const AUTH_METHODS = ['JWT', 'OAuth2/OIDC', 'API keys', 'mTLS', 'Sessions'] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

/** '' first: a fresh section has no access model yet (and reads as empty in the navigator). */
export const ACCESS_MODELS = ['', 'RBAC', 'ABAC', 'ReBAC', 'ACL', 'Other'] as const;
export type AccessModel = (typeof ACCESS_MODELS)[number];

/** How each access model reads in the form and in the document. */
export const ACCESS_MODEL_LABELS: Record<AccessModel, string> = {
  '': 'Not chosen',
  RBAC: 'RBAC (role-based access control)',
  ABAC: 'ABAC (attribute-based access control)',
  ReBAC: 'ReBAC (relationship-based access control)',
  ACL: 'ACL (access control lists)',
  Other: 'Other',
};

export const MEASURE_STATUSES = ['Planned', 'In place'] as const;

export const securityMeasureSchema = z.object({
  measure: text(),
  status: choice(MEASURE_STATUSES),
  notes: text(),
});

export const securityArchitectureSchema = z.object({
  authMethods: choices(AUTH_METHODS),
  accessModel: choice(ACCESS_MODELS),
  /** Markdown. */
  authNotes: text(),
  measures: rows(securityMeasureSchema.shape),
  /** Markdown. */
  encryptionStrategy: text(),
});
export type SecurityArchitecture = z.output<typeof securityArchitectureSchema>;
export type SecurityMeasure = SecurityArchitecture['measures'][number];

export const SUBSECTIONS = [
  { number: '7.1', title: 'Authentication and Authorization' },
  { number: '7.2', title: 'Security Measures' },
] as const;
const [authentication, securityMeasures] = SUBSECTIONS;

export const securityArchitecture = defineModel({
  id: 'securityArchitecture',
  number: '7',
  title: 'Security Architecture',
  subsections: SUBSECTIONS,
  schema: securityArchitectureSchema,
  toMarkdown: (data) =>
    blocks(
      headed(
        3,
        sectionName(authentication),
        // In the options' order, whatever order (or duplicates) the stored array has.
        labelled(
          'Authentication methods',
          AUTH_METHODS.filter((m) => data.authMethods.includes(m)).join(', '),
        ),
        data.accessModel && labelled('Access model', ACCESS_MODEL_LABELS[data.accessModel]),
        markdownText(data.authNotes),
      ),
      headed(
        3,
        sectionName(securityMeasures),
        table(
          ['Measure', 'Status', 'Notes'],
          // A row whose only value is its status (always set) says nothing yet.
          data.measures
            .filter((m) => m.measure.trim() || m.notes.trim())
            .map((m) => [m.measure, m.status, m.notes]),
        ),
        captioned('Data encryption strategy', markdownText(data.encryptionStrategy)),
      ),
    ),
});
