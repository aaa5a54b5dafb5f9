import type { StateCreator } from 'zustand';
import type { UploadChoice } from '../lib/ingest/pipeline';
import type { ViewId } from '../lib/views';
import type { AppState } from './app-store';

export type Theme = 'system' | 'light' | 'dark';
export type View = ViewId;

export interface UiSlice {
  view: View;
  theme: Theme;
  /** Mappings the user confirmed, by header signature, offered again for files with the same headers. */
  rememberedMappings: Record<string, UploadChoice>;
  setView: (view: View) => void;
  setTheme: (theme: Theme) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  view: 'data',
  theme: 'system',
  rememberedMappings: {},
  setView: (view) => set({ view }),
  setTheme: (theme) => set({ theme }),
});
