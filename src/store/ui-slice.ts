import type { StateCreator } from 'zustand';
import type { UploadChoice } from '../lib/ingest/pipeline';
import type { ComparisonChoice } from '../lib/metrics';
import type { ViewId } from '../lib/views';
import type { AppState } from './app-store';

export type Theme = 'system' | 'light' | 'dark';
export type View = ViewId;

export interface UiSlice {
  view: View;
  theme: Theme;
  /** Mappings the user confirmed, by header signature, offered again for files with the same headers. */
  rememberedMappings: Record<string, UploadChoice>;
  /** The Follow-up view's "answered within" for the value of speed, in minutes (a band's bound). */
  speedWithinMinutes: number;
  /** The periods the Overview's tiles compare (week, month, quarter). */
  comparison: ComparisonChoice;
  setView: (view: View) => void;
  setSpeedWithinMinutes: (minutes: number) => void;
  setComparison: (choice: ComparisonChoice) => void;
  setTheme: (theme: Theme) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  view: 'data',
  theme: 'system',
  rememberedMappings: {},
  speedWithinMinutes: 60,
  comparison: { granularity: 'month' },
  setView: (view) => set({ view }),
  setSpeedWithinMinutes: (speedWithinMinutes) => set({ speedWithinMinutes }),
  setComparison: (comparison) => set({ comparison }),
  setTheme: (theme) => set({ theme }),
});
