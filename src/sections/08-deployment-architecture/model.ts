import * as z from 'zod/mini';
import { defineModel, sectionName } from '../../core/document/section';
import { rows, text } from '../../core/document/fields';
import { blocks, captioned, codeBlock, headed, table } from '../../core/markdown/blocks';
import { GENERATED } from '../../core/markdown/generated';
import { diagramBlock } from '../../core/mermaid/diagramBlock';
import type { ManifestResource, ManifestSummary } from './manifests';
import type { CloudResource, CloudTemplate } from './cloudformation';
import { manifestTable } from './manifests/table';

export const pipelineStageSchema = z.object({
  stage: text(),
  tool: text(),
});

export const deploymentArchitectureSchema = z.object({
  /** Mermaid source of the deployment diagram. */
  deploymentDiagram: text(),
  /** YAML (Kubernetes manifests, one or more documents). */
  manifests: text(),
  /** An AWS CloudFormation template, YAML or JSON; its resources are tabled and drawn. */
  cloudTemplate: text(),
  pipeline: rows(pipelineStageSchema.shape),
});
export type DeploymentArchitecture = z.output<typeof deploymentArchitectureSchema>;
export type PipelineStage = DeploymentArchitecture['pipeline'][number];

export const SUBSECTIONS = [
  { number: '8.1', title: 'Infrastructure' },
  { number: '8.2', title: 'CI/CD Pipeline' },
] as const;
const [infrastructure, ciCdPipeline] = SUBSECTIONS;

/** What the manifests summary made of the YAML, keeping the last good resource list. */
export interface DeploymentDerived {
  summary: ManifestSummary;
  resources: ManifestResource[];
  /** True when the YAML no longer reads and `resources` are the last that did. */
  stale: boolean;
  /** What the CloudFormation template holds, keeping the last good resources likewise. */
  cloud: {
    template: CloudTemplate;
    resources: CloudResource[];
    /** `resources` as 8.1's table and as a Mermaid diagram ('' when nothing is drawn). */
    table: { headers: string[]; rows: string[][] };
    diagram: string;
    stale: boolean;
  };
}

export const deploymentArchitecture = defineModel({
  id: 'deploymentArchitecture',
  number: '8',
  title: 'Deployment Architecture',
  subsections: SUBSECTIONS,
  schema: deploymentArchitectureSchema,
  derive: async (data, previous: DeploymentDerived | undefined): Promise<DeploymentDerived> => {
    // The YAML parser loads only when a document has manifests to summarise.
    // The YAML parser and the template's readers load only when a document has them.
    const [{ summarizeManifests }, { readCloudFormation, cloudTable, cloudDiagram }] =
      await Promise.all([import('./manifests'), import('./cloudformation')]);
    const summary = summarizeManifests(data.manifests);
    const unreadable = summary.resources.length === 0 && summary.problems.length > 0;
    const keepManifests = unreadable && !!previous?.resources.length && !!data.manifests.trim();
    const template = readCloudFormation(data.cloudTemplate);
    const broken = template.resources.length === 0 && template.problems.length > 0;
    const keepCloud = broken && !!previous?.cloud.resources.length && !!data.cloudTemplate.trim();
    const cloud = keepCloud ? previous.cloud.resources : template.resources;
    return {
      summary,
      resources: keepManifests ? previous.resources : summary.resources,
      stale: keepManifests,
      cloud: {
        template,
        resources: cloud,
        table: cloudTable(cloud),
        diagram: cloudDiagram(cloud),
        stale: keepCloud,
      },
    };
  },
  toMarkdown: (data, derived) => {
    const resources = derived?.resources.length ? manifestTable(derived.resources) : null;
    return blocks(
      headed(
        3,
        sectionName(infrastructure),
        captioned(
          'Deployment diagram',
          diagramBlock(
            data.deploymentDiagram,
            `${sectionName(infrastructure)}: deployment diagram`,
            'Deployment',
          ),
        ),
        resources && captioned('Resources', table(resources.headers, resources.rows)),
        captioned('Manifests', codeBlock('yaml', data.manifests)),
        ...cloudMarkdown(data.cloudTemplate, derived?.cloud),
      ),
      headed(
        3,
        sectionName(ciCdPipeline),
        table(
          ['Stage', 'Tool'],
          data.pipeline.map((s) => [s.stage, s.tool]),
        ),
      ),
    );
  },
});

/** 8.1's cloud part: the template's resources as a table and drawn, then the template. */
function cloudMarkdown(template: string, cloud: DeploymentDerived['cloud'] | undefined): string[] {
  if (!template.trim()) return [];
  const resources = cloud?.resources ?? [];
  const cells = cloud?.table;
  const drawing = cloud?.diagram;
  const language = template.trimStart().startsWith('{') ? 'json' : 'yaml';
  return [
    cells && resources.length ? captioned('Cloud resources', table(cells.headers, cells.rows)) : '',
    drawing
      ? captioned(
          `${GENERATED} Cloud architecture, drawn from the CloudFormation template`,
          diagramBlock(
            drawing,
            `${sectionName(infrastructure)}: cloud architecture`,
            'Cloud resources',
            `${resources.length} resources of the CloudFormation template below, drawn in their VPCs and subnets`,
          ),
        )
      : '',
    captioned('CloudFormation template', codeBlock(language, template)),
  ].filter(Boolean);
}
