import type { DeploymentArchitecture } from './model';

export const diagramSubsection = '8.1';

/** The first deployment diagram found, while 8.1 has none. */
export function importDiagram(
  data: DeploymentArchitecture,
  source: string,
): DeploymentArchitecture | null {
  return data.deploymentDiagram.trim() ? null : { ...data, deploymentDiagram: source };
}
