import { create } from 'zustand';

/** The app's dialogs that any screen may open; one is open at a time. */
export type DialogName = 'documents' | 'new' | 'review' | 'export' | 'share' | 'versions';

/**
 * Which dialog is open: one store for all of them, so that opening one from another (Export →
 * Review checklist, Share → Export) is one change and no two can be open at once.
 */
export const useDialogs = create<{
  open: DialogName | null;
  show: (name: DialogName) => void;
  close: () => void;
}>()((set) => ({
  open: null,
  show: (name) => set({ open: name }),
  close: () => set({ open: null }),
}));

/** Whether `name` is the open dialog. */
export const useDialogOpen = (name: DialogName) => useDialogs((s) => s.open === name);
