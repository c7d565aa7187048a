import { requireStorage } from '../documents/store';
import { useEditor } from '../editor/store';
import { saveVersion } from './store';

/**
 * Makes a saved version the open document again. What is open now is saved as a version
 * first, so a restore can itself be undone; the restored text then counts as a new edit.
 */
export async function restoreVersion(id: string, name: string): Promise<string> {
  const open = useEditor.getState().doc;
  const result = await requireStorage().loadVersion(id);
  if (!open || !result) return 'That version no longer exists.';
  if (!result.ok) return `That version cannot be opened. ${result.message}`;
  const before = `Before restoring “${name}”`;
  if (!(await saveVersion(before, 'restore', open))) return 'Nothing was restored.';
  const updated = new Date().toISOString();
  const restored = { ...result.document, id: open.id };
  useEditor
    .getState()
    .receiveDocument({ ...restored, meta: { ...restored.meta, updated } }, { save: true });
  return `Restored “${name}”. The document as it was is saved as the version “${before}”.`;
}
