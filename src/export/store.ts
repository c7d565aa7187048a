import { create } from 'zustand';

/** Whether the Export dialog is open: the top bar and the review checklist open it. */
export const useExportDialog = create<{ open: boolean; show: () => void; close: () => void }>()(
  (set) => ({
    open: false,
    show: () => set({ open: true }),
    close: () => set({ open: false }),
  }),
);
