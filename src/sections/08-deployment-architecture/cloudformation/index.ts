export { readCloudFormation } from './read';
export { cloudTable } from './table';
export { cloudDiagram, subnetsOf } from './diagram';
export { isTrue, keyProperties, numberOf } from './properties';
export type { CloudProblem, CloudResource, CloudTemplate } from './types';
