export { analyzeOpenApi } from './analyze';
export { endpointTable } from './table';
export type { Endpoint, OpenApiAnalysis, OpenApiProblem, OpenApiVersion } from './types';
