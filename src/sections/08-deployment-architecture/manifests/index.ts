export { summarizeManifests } from './summarize';
export { manifestTable, replicasText } from './table';
export type { ManifestProblem, ManifestResource, ManifestSummary } from './types';
