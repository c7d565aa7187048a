import { create } from 'zustand';
import type { ArchDocument } from '../document/schema';
import { useDocuments } from '../documents/store';
import { requireStorage } from '../storage/instance';
import { useEditor } from '../editor/store';
import type { VersionReason } from '../storage/db';

/** A counter that tells the Versions dialog to read the list again. */
export const useVersions = create<{ changed: number }>()(() => ({ changed: 0 }));

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

/** The versions of one document, newest first, as storage lists them. */
export const listVersions = (docId: string) => requireStorage().listVersions(docId);

/** A stored version, read and checked (undefined when it is gone). */
export const loadVersion = (id: string) => requireStorage().loadVersion(id);

/** Deletes a version; the dialog reads its list again. */
export async function deleteVersion(id: string): Promise<void> {
  await requireStorage().deleteVersion(id);
  versionsChanged();
}
