import * as z from 'zod/mini';
import { defineSection, sectionName } from '../../core/document/section';
import { rows, text } from '../../core/document/fields';
import { blocks, captioned, codeBlock, headed, table } from '../../core/markdown/blocks';

export const pipelineStageSchema = z.object({
  stage: text(),
  tool: text(),
});

export const deploymentArchitectureSchema = z.object({
  /** Mermaid source of the deployment diagram. */
  deploymentDiagram: text(),
  /** YAML (Kubernetes manifests, one or more documents). */
  manifests: text(),
  pipeline: rows(pipelineStageSchema.shape),
});
export type DeploymentArchitecture = z.output<typeof deploymentArchitectureSchema>;
export type PipelineStage = DeploymentArchitecture['pipeline'][number];

export const SUBSECTIONS = [
  { number: '8.1', title: 'Infrastructure' },
  { number: '8.2', title: 'CI/CD Pipeline' },
] as const;
const [infrastructure, ciCdPipeline] = SUBSECTIONS;

export const deploymentArchitecture = defineSection({
  id: 'deploymentArchitecture',
  number: '8',
  title: 'Deployment Architecture',
  subsections: SUBSECTIONS,
  schema: deploymentArchitectureSchema,
  empty: () => ({ deploymentDiagram: '', manifests: '', pipeline: [] }),
  toMarkdown: (data) =>
    blocks(
      headed(
        3,
        sectionName(infrastructure),
        captioned('Deployment diagram', codeBlock('mermaid', data.deploymentDiagram)),
        captioned('Manifests', codeBlock('yaml', data.manifests)),
      ),
      headed(
        3,
        sectionName(ciCdPipeline),
        table(
          ['Stage', 'Tool'],
          data.pipeline.map((s) => [s.stage, s.tool]),
        ),
      ),
    ),
});
