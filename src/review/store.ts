import { create } from 'zustand';

/** Whether the review checklist is open: the top bar, the navigator and Export open it. */
export const useReviewDialog = create<{ open: boolean; show: () => void; close: () => void }>()(
  (set) => ({
    open: false,
    show: () => set({ open: true }),
    close: () => set({ open: false }),
  }),
);
