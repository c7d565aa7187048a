import { requireStorage } from '../storage/instance';
import { useEditor } from '../editor/store';
import { saveVersion } from './store';

/**
 * Makes a saved version the open document again. What is open now is saved as a version
 * first, so a restore can itself be undone; the restored text then counts as a new edit.
 */
export async function restoreVersion(id: string, name: string): Promise<string> {
  const docId = useEditor.getState().doc?.id;
  const result = await requireStorage().loadVersion(id);
  if (!docId || !result) return 'That version no longer exists.';
  if (!result.ok) return `That version cannot be opened. ${result.message}`;
  if (result.document.id !== docId) return 'That version belongs to another document.';
  const before = `Before restoring “${name}”`;
  // Read again after each wait: another tab's edit may have arrived, or the document closed.
  const present = useEditor.getState().doc;
  if (present?.id !== docId) return 'Nothing was restored: the document was closed.';
  if (!(await saveVersion(before, 'restore', present))) return 'Nothing was restored.';
  const open = useEditor.getState().doc;
  if (open?.id !== docId) return 'Nothing was restored: the document was closed.';
  const restored = { ...result.document, meta: { ...result.document.meta } };
  restored.meta.updated = new Date().toISOString();
  useEditor.getState().receiveDocument(restored, { save: true });
  if (open !== present) await saveVersion(before, 'restore', open);
  return `Restored “${name}”. The document as it was is saved as the version “${before}”.`;
}
