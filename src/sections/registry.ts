import type * as z from 'zod/mini';
import { executiveSummary } from './01-executive-summary/model';
import { systemOverview } from './02-system-overview/model';
import { architecturalDecisions } from './03-architectural-decisions/model';
import { systemComponents } from './04-system-components/model';
import { dataArchitecture } from './05-data-architecture/model';
import { apiDesign } from './06-api-design/model';
import { securityArchitecture } from './07-security-architecture/model';
import { deploymentArchitecture } from './08-deployment-architecture/model';
import { performanceRequirements } from './09-performance-requirements/model';
import { monitoring } from './10-monitoring/model';
import { disasterRecovery } from './11-disaster-recovery/model';
import { costAnalysis } from './12-cost-analysis/model';
import { migrationStrategy } from './13-migration-strategy/model';
import { risks } from './14-risks/model';
import { appendices } from './15-appendices/model';

/**
 * The sections of the System Architecture Document, in template order. This list drives the
 * document schema, the navigator, the forms and the Markdown; adding a section means adding
 * its folder, a line here and its form in forms.ts (the compiler asks for it).
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
