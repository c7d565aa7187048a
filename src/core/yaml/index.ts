export { parseYaml, parseYamlDocuments, plainMessage } from './parse';
export type { ParsedYaml, YamlDocument, YamlPath, YamlProblem } from './parse';
export { asArray, asNumber, asRecord, asText, isRecord } from './values';
export type { YamlRecord } from './values';
