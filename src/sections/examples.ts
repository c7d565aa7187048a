import type { SectionData, SectionId } from './registry';
import { example as executiveSummary } from './01-executive-summary/example';
import { example as systemOverview } from './02-system-overview/example';
import { example as architecturalDecisions } from './03-architectural-decisions/example';
import { example as systemComponents } from './04-system-components/example';
import { example as dataArchitecture } from './05-data-architecture/example';
import { example as apiDesign } from './06-api-design/example';
import { example as securityArchitecture } from './07-security-architecture/example';
import { example as deploymentArchitecture } from './08-deployment-architecture/example';
import { example as performanceRequirements } from './09-performance-requirements/example';
import { example as monitoring } from './10-monitoring/example';
import { example as disasterRecovery } from './11-disaster-recovery/example';
import { example as costAnalysis } from './12-cost-analysis/example';
import { example as migrationStrategy } from './13-migration-strategy/example';
import { example as risks } from './14-risks/example';
import { example as appendices } from './15-appendices/example';

/**
 * The worked example's content, section by section. Kept out of the registry so that it loads
 * only when someone creates the example (it is the largest text in the app).
 */
export const examples: { [K in SectionId]: () => SectionData<K> } = {
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
};
