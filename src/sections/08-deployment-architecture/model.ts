import * as z from 'zod/mini';
import { defineModel, sectionName } from '../../core/document/section';
import { rows, text } from '../../core/document/fields';
import { blocks, captioned, codeBlock, headed, table } from '../../core/markdown/blocks';
import { diagramBlock } from '../../core/mermaid/diagramBlock';
import type { ManifestResource, ManifestSummary } from './manifests';
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
}

export const deploymentArchitecture = defineModel({
  id: 'deploymentArchitecture',
  number: '8',
  title: 'Deployment Architecture',
  subsections: SUBSECTIONS,
  schema: deploymentArchitectureSchema,
  derive: async (data, previous: DeploymentDerived | undefined): Promise<DeploymentDerived> => {
    // The YAML parser loads only when a document has manifests to summarise.
    const { summarizeManifests } = await import('./manifests');
    const summary = summarizeManifests(data.manifests);
    const unreadable = summary.resources.length === 0 && summary.problems.length > 0;
    if (unreadable && previous && previous.resources.length > 0 && data.manifests.trim()) {
      return { summary, resources: previous.resources, stale: true };
    }
    return { summary, resources: summary.resources, stale: false };
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
