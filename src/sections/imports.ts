import type { SectionImport } from '../core/markdown/import/hooks';
import type { SectionData, SectionId } from './registry';
import * as executiveSummary from './01-executive-summary/import';
import * as systemOverview from './02-system-overview/import';
import * as architecturalDecisions from './03-architectural-decisions/import';
import * as systemComponents from './04-system-components/import';
import * as dataArchitecture from './05-data-architecture/import';
import * as securityArchitecture from './07-security-architecture/import';
import * as deploymentArchitecture from './08-deployment-architecture/import';
import * as monitoring from './10-monitoring/import';
import * as risks from './14-risks/import';
import * as appendices from './15-appendices/import';

/**
 * What each section takes from an imported Markdown file (see core/markdown/import/hooks.ts).
 * A section missing here, or without a hook for some content, leaves it to 15's imported
 * notes. Loaded only with the importer, never at start.
 */
export const sectionImports: { [K in SectionId]?: SectionImport<SectionData<K>> } = {
  executiveSummary,
  systemOverview,
  architecturalDecisions,
  systemComponents,
  dataArchitecture,
  securityArchitecture,
  deploymentArchitecture,
  monitoring,
  risks,
  appendices,
};
