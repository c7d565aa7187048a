import { create } from 'zustand';

/** 'memory': IndexedDB is refused and documents live in the tab only (see memory.ts). */
export type SaveState = 'saved' | 'saving' | 'error' | 'memory';

/** What the top bar says about saving. Written by the autosaver, or once by memoryStorage. */
export const useSaveStatus = create<{ state: SaveState; message: string }>()(() => ({
  state: 'saved',
  message: '',
}));
