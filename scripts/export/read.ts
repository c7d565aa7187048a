import { readFile } from 'node:fs/promises';
import { restoreDocument } from '../../src/document/restore';
import type { ArchDocument } from '../../src/document/schema';
import { ExportError, fileProblem } from './errors';

/**
 * The document file, through the app's own door for documents from outside (restore:
 * migrate, then validate), so the export accepts exactly what Import accepts.
 */
export async function readDocument(path: string): Promise<ArchDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ExportError(`Cannot read ${path}: ${fileProblem(error)}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExportError(`${path} is not valid JSON: ${reason}.`);
  }
  const restored = restoreDocument(json);
  if (!restored.ok) throw new ExportError(`${path}: ${restored.message}`);
  return restored.document;
}
