import type { SectionFormProps } from '../../core/document/section';
import { sectionName } from '../../core/document/section';
import { MermaidField } from '../../diagrams/MermaidField';
import { CodeField } from '../../ui/code-editor/CodeField';
import { FieldGroup } from '../../ui/fields/Field';
import { TableField } from '../../ui/fields/TableField';
import { fieldAnchor } from '../../core/document/section';
import {
  SUBSECTIONS,
  type DeploymentDerived,
  type PipelineStage,
  type DeploymentArchitecture,
} from './model';

export function DeploymentArchitectureForm({
  value: data,
  update,
  derived,
}: SectionFormProps<DeploymentArchitecture, DeploymentDerived>) {
  return (
    <>
      <FieldGroup title={sectionName(SUBSECTIONS[0])}>
        <MermaidField
          label="Deployment diagram"
          height={320}
          anchor={fieldAnchor('deploymentArchitecture', 'deploymentDiagram')}
          hint="Mermaid: regions, clusters, managed services and what runs where."
          value={data.deploymentDiagram}
          onChange={(deploymentDiagram) => update({ deploymentDiagram })}
        />
        <CodeField
          label="Manifests"
          language="yaml"
          height={400}
          anchor={fieldAnchor('deploymentArchitecture', 'manifests')}
          hint="YAML, e.g. Kubernetes manifests; separate several documents with ---."
          value={data.manifests}
          onChange={(manifests) => update({ manifests })}
          problems={derived?.summary.problems}
        />
        {derived && data.manifests.trim() && <ManifestStatus derived={derived} />}
        <CodeField
          label="CloudFormation template"
          language="yaml"
          height={400}
          anchor={fieldAnchor('deploymentArchitecture', 'cloudTemplate')}
          hint="AWS CloudFormation, YAML (with !Ref, !GetAtt, !Sub, …) or JSON: its resources are listed and drawn in their VPCs and subnets."
          value={data.cloudTemplate}
          onChange={(cloudTemplate) => update({ cloudTemplate })}
          problems={derived?.cloud.template.problems}
        />
        {derived && data.cloudTemplate.trim() && <CloudStatus cloud={derived.cloud} />}
      </FieldGroup>
      <FieldGroup title={sectionName(SUBSECTIONS[1])}>
        <TableField<PipelineStage>
          label="CI/CD pipeline"
          rowName="stage"
          anchor={fieldAnchor('deploymentArchitecture', 'pipeline')}
          hint="Source control, CI, container registry, deployment, monitoring."
          rows={data.pipeline}
          onChange={(pipeline) => update({ pipeline })}
          newRow={() => ({ stage: '', tool: '' })}
          columns={[
            { key: 'stage', label: 'Stage', placeholder: 'Container registry' },
            { key: 'tool', label: 'Tool', width: '1.5fr', placeholder: 'Amazon ECR' },
          ]}
        />
      </FieldGroup>
    </>
  );
}

function ManifestStatus({ derived }: { derived: DeploymentDerived }) {
  const kinds = new Map<string, number>();
  for (const r of derived.resources) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  const listed = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ');
  return (
    <p className="field__hint" role="status">
      {derived.resources.length === 0 ? 'No Kubernetes resources found' : `Resources: ${listed}`}
      {derived.stale ? ' (the last list that read, until the YAML is fixed)' : ''}
    </p>
  );
}

function CloudStatus({ cloud }: { cloud: DeploymentDerived['cloud'] }) {
  const problems = cloud.template.problems.length;
  return (
    <p className="field__hint" role="status" aria-label="CloudFormation template status">
      {cloud.resources.length === 0
        ? 'No CloudFormation resources found'
        : `${cloud.resources.length} resources`}
      {problems > 0
        ? `; ${problems} ${problems === 1 ? 'problem' : 'problems'} marked in the template`
        : ''}
      {cloud.stale ? ' (the last resources that read, until the template is fixed)' : ''}
    </p>
  );
}
