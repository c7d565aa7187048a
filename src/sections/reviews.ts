import { documentationComprehensive, stakeholderApproval } from '../core/checklist/documentRules';
import type { ReviewRule } from '../core/checklist/types';
import { componentsDefined } from './04-system-components/review';
import { interfacesDocumented } from './06-api-design/review';
import { securityImplemented } from './07-security-architecture/review';
import { scalabilityPlanned } from './09-performance-requirements/review';
import { monitoringDefined } from './10-monitoring/review';
import { costAnalysed } from './12-cost-analysis/review';
import { migrationPlanned } from './13-migration-strategy/review';
import { risksAssessed } from './14-risks/review';

/** The template's review checklist, in its order; each rule lives with the section it reads. */
export const reviewRules: readonly ReviewRule[] = [
  componentsDefined,
  interfacesDocumented,
  securityImplemented,
  scalabilityPlanned,
  monitoringDefined,
  costAnalysed,
  risksAssessed,
  migrationPlanned,
  documentationComprehensive,
  stakeholderApproval,
];
