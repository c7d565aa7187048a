import { create } from 'zustand';
import type { ArchDocument } from '../document/schema';
import { requireStorage, useDocuments } from '../documents/store';
import { useEditor } from '../editor/store';
import type { VersionReason } from '../storage/db';

/** Whether the Versions dialog is open, and a counter that tells it to read the list again. */
export const useVersions = create<{
  open: boolean;
  changed: number;
  show: () => void;
  close: () => void;
}>()((set) => ({
  open: false,
  changed: 0,
  show: () => set({ open: true }),
  close: () => set({ open: false }),
}));

/** Versions were saved or deleted elsewhere (another tab's text kept in a conflict, say). */
export const versionsChanged = () => useVersions.setState((s) => ({ changed: s.changed + 1 }));

/**
 * Saves the open document (or `doc`) as a named version. Automatic versions (before an import
 * into the document, a restore, at approval) go through here too; a failure is a notice.
 */
export async function saveVersion(
  name: string,
  reason: VersionReason,
  doc: ArchDocument | null = useEditor.getState().doc,
): Promise<boolean> {
  if (!doc) return false;
  try {
    await requireStorage().saveVersion(doc, name, reason);
    versionsChanged();
    return true;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    useDocuments.setState({ notice: `Could not save the version “${name}”: ${why}.` });
    return false;
  }
}
