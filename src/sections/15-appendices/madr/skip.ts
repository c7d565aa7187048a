import type { MadrRecord } from './fromMadr';
import { isIndexName, isTemplateName } from './names';

/**
 * Why a file of a decision folder is no decision, or null when it is one. A template (by its
 * name or its placeholder title) is never imported; an index page (README.md, index.md) is,
 * when it reads as a record: a folder of "<slug>/index.md" keeps each decision in one.
 */
export function skipReason(name: string, record: MadrRecord): string | null {
  if (isTemplateName(name) || record.placeholder) return 'a template, not a decision';
  const { evidence, fields } = record;
  const isRecord = fields.title.trim() !== '' && (evidence.status || evidence.decision);
  if (isIndexName(name) && !isRecord) return 'an index page, not a decision';
  return null;
}
