import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createAnalysisSlice, type AnalysisSlice } from './analysis-slice';
import { createDatasetSlice, type DatasetSlice } from './dataset-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type AppState = DatasetSlice & UiSlice & AnalysisSlice;

/** One store from typed slices, shared by every island; only preferences persist (data is in IndexedDB). */
export const useAppStore = create<AppState>()(
  persist(
    (...args) => ({
      ...createDatasetSlice(...args),
      ...createUiSlice(...args),
      ...createAnalysisSlice(...args),
    }),
    {
      name: 'leadgap',
      version: 1,
      partialize: (state) => ({
        theme: state.theme,
        rememberedMappings: state.rememberedMappings,
        definition: state.definition,
      }),
    },
  ),
);
