import { appendMarkdown } from '../../core/markdown/import/hooks';
import type { DataArchitecture } from './model';

export const diagramSubsection = '5.1';

/** Data prose reads as the storage strategy, 5.1's Markdown field. */
export const importInto = (data: DataArchitecture, markdown: string): DataArchitecture => ({
  ...data,
  storageStrategy: appendMarkdown(data.storageStrategy, markdown),
});

/** The first data-flow diagram found, while 5.1 has none. */
export function importDiagram(data: DataArchitecture, source: string): DataArchitecture | null {
  return data.dataFlowDiagram.trim() ? null : { ...data, dataFlowDiagram: source };
}
