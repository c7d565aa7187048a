import type { Inspection } from '../types';
import { calculatedRules } from './calculated';
import { cloudRules } from './cloud';
import { componentRules } from './components';
import { dataRules } from './data';
import { deploymentRules } from './deployment';
import { interfaceRules } from './interfaces';
import { operationsRules } from './operations';
import { patternRules } from './patterns';
import { planRules } from './plan';
import { qualityRules } from './quality';

/** Every inspection, in document order of the sections they are about. */
export const inspections: readonly Inspection[] = [
  ...patternRules,
  ...componentRules,
  ...dataRules,
  ...interfaceRules,
  ...deploymentRules,
  ...cloudRules,
  ...calculatedRules,
  ...qualityRules,
  ...operationsRules,
  ...planRules,
];
