import { useCallback } from 'react';
import { create } from 'zustand';

/** The app's dialogs that any screen may open; one is open at a time. */
export type DialogName =
  'documents' | 'new' | 'review' | 'inspections' | 'export' | 'share' | 'versions';

/**
 * Which dialog is open: one store for all of them, so that opening one from another (Export →
 * Review checklist, Share → Export) is one change and no two can be open at once.
 */
export const useDialogs = create<{
  open: DialogName | null;
  show: (name: DialogName) => void;
  /**
   * Closes the open dialog; given a name, only if that one is still open (a dialog that
   * closes itself after an await must not close another the user opened meanwhile).
   */
  close: (name?: DialogName) => void;
}>()((set) => ({
  open: null,
  show: (name) => set({ open: name }),
  close: (name) => set((s) => (name === undefined || s.open === name ? { open: null } : s)),
}));

/** Whether `name` is the open dialog. */
export const useDialogOpen = (name: DialogName) => useDialogs((s) => s.open === name);

/** Closes `name`, if it is still the open dialog: what a dialog's own close button does. */
export function useCloseDialog(name: DialogName): () => void {
  const close = useDialogs((s) => s.close);
  return useCallback(() => close(name), [close, name]);
}
