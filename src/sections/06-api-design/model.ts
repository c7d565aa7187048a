import * as z from 'zod/mini';
import { defineModel, sectionName } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { captioned, codeBlock, headed, table } from '../../core/markdown/blocks';
import type { Endpoint, OpenApiAnalysis } from './openapi';
import { endpointTable } from './openapi/table';

export const apiDesignSchema = z.object({
  /** OpenAPI 3 document as YAML. */
  openApi: text(),
});
export type ApiDesign = z.output<typeof apiDesignSchema>;

export const SUBSECTIONS = [{ number: '6.1', title: 'API Specification' }] as const;
const [specification] = SUBSECTIONS;

/** What the OpenAPI analysis made of the YAML, keeping the last good endpoint list. */
export interface ApiDesignDerived {
  analysis: OpenApiAnalysis;
  endpoints: Endpoint[];
  /** True when the YAML no longer reads and `endpoints` are the last that did. */
  stale: boolean;
}

export const apiDesign = defineModel({
  id: 'apiDesign',
  number: '6',
  title: 'API Design',
  subsections: SUBSECTIONS,
  schema: apiDesignSchema,
  derive: async (data, previous: ApiDesignDerived | undefined): Promise<ApiDesignDerived> => {
    // The YAML parser loads only when a document has an API to analyse.
    const { analyzeOpenApi } = await import('./openapi');
    const analysis = analyzeOpenApi(data.openApi);
    const unreadable =
      analysis.endpoints.length === 0 && analysis.problems.some((p) => p.severity === 'error');
    if (unreadable && previous && previous.endpoints.length > 0 && data.openApi.trim()) {
      return { analysis, endpoints: previous.endpoints, stale: true };
    }
    return { analysis, endpoints: analysis.endpoints, stale: false };
  },
  toMarkdown: (data, derived) => {
    const endpoints = derived ? endpointTable(derived.endpoints) : null;
    return headed(
      3,
      sectionName(specification),
      endpoints && captioned('Endpoints', table(endpoints.headers, endpoints.rows)),
      captioned('OpenAPI specification', codeBlock('yaml', data.openApi)),
    );
  },
});
