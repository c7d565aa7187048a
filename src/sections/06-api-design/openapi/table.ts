import { inlineCode as code } from '../../../core/markdown/blocks';
import type { Endpoint } from './types';

/**
 * The endpoint table as plain cells for core/markdown's `table()`: method and path as code
 * spans, since paths hold `{id}` and `*` that Markdown would otherwise read as syntax.
 */
export function endpointTable(endpoints: readonly Endpoint[]): {
  headers: string[];
  rows: string[][];
} {
  return {
    headers: ['Method', 'Path', 'Summary', 'Tags'],
    rows: endpoints.map((e) => [code(e.method), code(e.path), e.summary, e.tags.join(', ')]),
  };
}
