import { z } from 'zod';
import { defineSection } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { markdownText } from '../../core/markdown/blocks';

// SCAFFOLD: replaced by the real section module.
export const deploymentArchitectureSchema = z.object({ notes: text() });
export type DeploymentArchitectureData = z.output<typeof deploymentArchitectureSchema>;

export const deploymentArchitecture = defineSection({
  id: 'deploymentArchitecture',
  number: '8',
  title: 'Deployment Architecture',
  subsections: [],
  schema: deploymentArchitectureSchema,
  empty: () => ({ notes: '' }),
  example: () => ({ notes: '' }),
  toMarkdown: (data) => markdownText(data.notes),
});
