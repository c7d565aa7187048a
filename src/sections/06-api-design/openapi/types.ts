export type OpenApiVersion = '3.0' | '3.1';

export interface Endpoint {
  /** HTTP method in upper case: GET, POST, ... */
  method: string;
  path: string;
  /** summary, else operationId, else the first line of description; '' when none. */
  summary: string;
  tags: string[];
  /** 1-based line of the operation (its method key), for jumping to it in the editor. */
  line: number;
}

export interface OpenApiProblem {
  message: string;
  /** 1-based line of the offending node. */
  line: number;
  severity: 'error' | 'warning';
}

export interface OpenApiAnalysis {
  /** Undefined when the document does not say 3.0.x or 3.1.x. */
  version: OpenApiVersion | undefined;
  title?: string;
  /** Operations under `paths`, in document order (webhooks and callbacks are not endpoints). */
  endpoints: Endpoint[];
  problems: OpenApiProblem[];
}
