import type * as z from 'zod/mini';
import { section as executiveSummary } from '../sections/01-executive-summary';
import { section as systemOverview } from '../sections/02-system-overview';
import { section as architecturalDecisions } from '../sections/03-architectural-decisions';
import { section as systemComponents } from '../sections/04-system-components';
import { section as dataArchitecture } from '../sections/05-data-architecture';
import { section as apiDesign } from '../sections/06-api-design';
import { section as securityArchitecture } from '../sections/07-security-architecture';
import { section as deploymentArchitecture } from '../sections/08-deployment-architecture';
import { section as performanceRequirements } from '../sections/09-performance-requirements';
import { section as monitoring } from '../sections/10-monitoring';
import { section as disasterRecovery } from '../sections/11-disaster-recovery';
import { section as costAnalysis } from '../sections/12-cost-analysis';
import { section as migrationStrategy } from '../sections/13-migration-strategy';
import { section as risks } from '../sections/14-risks';
import { section as appendices } from '../sections/15-appendices';

/**
 * The sections of the System Architecture Document, in template order: the one list of them.
 * It drives the document schema, the navigator, the forms, the Markdown, its import and the
 * review checklist. Adding a section is its folder (src/sections/<nn-name>/, whose index.ts
 * is its module) and a line here; see docs/SECTION-GUIDE.md.
 */
export const sections = [
  executiveSummary,
  systemOverview,
  architecturalDecisions,
  systemComponents,
  dataArchitecture,
  apiDesign,
  securityArchitecture,
  deploymentArchitecture,
  performanceRequirements,
  monitoring,
  disasterRecovery,
  costAnalysis,
  migrationStrategy,
  risks,
  appendices,
] as const;

type Definitions = (typeof sections)[number];
export type SectionId = Definitions['id'];
export type SectionData<K extends SectionId> = z.output<Extract<Definitions, { id: K }>['schema']>;
export type DocumentSections = { [K in SectionId]: SectionData<K> };

export const sectionIds: readonly SectionId[] = sections.map((s) => s.id);

export function isSectionId(value: string): value is SectionId {
  return (sectionIds as readonly string[]).includes(value);
}
