import { create } from 'zustand';

export type SaveState = 'saved' | 'saving' | 'error';

/** What the top bar says about saving. Written only by the autosaver. */
export const useSaveStatus = create<{ state: SaveState; message: string }>()(() => ({
  state: 'saved',
  message: '',
}));
