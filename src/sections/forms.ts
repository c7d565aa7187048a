import { ExecutiveSummaryForm } from './01-executive-summary/ExecutiveSummaryForm';
import { SystemOverviewForm } from './02-system-overview/SystemOverviewForm';
import { ArchitecturalDecisionsForm } from './03-architectural-decisions/ArchitecturalDecisionsForm';
import { SystemComponentsForm } from './04-system-components/SystemComponentsForm';
import { DataArchitectureForm } from './05-data-architecture/DataArchitectureForm';
import { ApiDesignForm } from './06-api-design/ApiDesignForm';
import { SecurityArchitectureForm } from './07-security-architecture/SecurityArchitectureForm';
import { DeploymentArchitectureForm } from './08-deployment-architecture/DeploymentArchitectureForm';
import { PerformanceRequirementsForm } from './09-performance-requirements/PerformanceRequirementsForm';
import { MonitoringForm } from './10-monitoring/MonitoringForm';
import { DisasterRecoveryForm } from './11-disaster-recovery/DisasterRecoveryForm';
import { CostAnalysisForm } from './12-cost-analysis/CostAnalysisForm';
import { MigrationStrategyForm } from './13-migration-strategy/MigrationStrategyForm';
import { AppendicesForm } from './15-appendices/AppendicesForm';
import { RisksForm } from './14-risks/RisksForm';
import type { SectionForm } from './form-types';
import type { SectionId } from './registry';

/** The form of each section; typed so that a section without a form does not compile. */
export const sectionForms: { [K in SectionId]: SectionForm<K> } = {
  executiveSummary: ExecutiveSummaryForm,
  systemOverview: SystemOverviewForm,
  architecturalDecisions: ArchitecturalDecisionsForm,
  systemComponents: SystemComponentsForm,
  dataArchitecture: DataArchitectureForm,
  apiDesign: ApiDesignForm,
  securityArchitecture: SecurityArchitectureForm,
  deploymentArchitecture: DeploymentArchitectureForm,
  performanceRequirements: PerformanceRequirementsForm,
  monitoring: MonitoringForm,
  disasterRecovery: DisasterRecoveryForm,
  costAnalysis: CostAnalysisForm,
  migrationStrategy: MigrationStrategyForm,
  risks: RisksForm,
  appendices: AppendicesForm,
};
