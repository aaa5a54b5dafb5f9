import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createAnalysisSlice, type AnalysisSlice } from './analysis-slice';
import {
  createCalculatorSlice,
  persistedCalculator,
  sanitizeCalculator,
  type CalculatorSlice,
} from './calculator-slice';
import { withoutOldPlaceholders } from './calculator-persist';
import { createDatasetSlice, type DatasetSlice } from './dataset-slice';
import { createNotesSlice, storedNotes, type NotesSlice } from './notes-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type AppState = DatasetSlice & UiSlice & AnalysisSlice & CalculatorSlice & NotesSlice;

/** What localStorage keeps. A version 1 copy has no `calculator`, an older one no `notes` (merge fills them in). */
type Persisted = Pick<AppState, 'theme' | 'rememberedMappings' | 'definition' | 'notes'> & {
  calculator: ReturnType<typeof persistedCalculator>;
};

/** One store from typed slices, shared by every island; only preferences persist (data is in IndexedDB). */
export const useAppStore = create<AppState>()(
  persist(
    (...args) => ({
      ...createDatasetSlice(...args),
      ...createUiSlice(...args),
      ...createAnalysisSlice(...args),
      ...createCalculatorSlice(...args),
      ...createNotesSlice(...args),
    }),
    {
      name: 'leadgap',
      // 2: the calculator's scenarios. Version 1 states have no `calculator` key and keep everything else.
      // 3: inputs nobody can assume start empty (issue 13); older copies lose those placeholders.
      // The notes (issue 18) needed no new version: a copy without `notes` reads as no notes.
      version: 3,
      migrate: (persisted, version) =>
        (version < 3 ? withoutOldPlaceholders(persisted) : persisted) as Persisted,
      // The default shallow merge, except that a stored calculator and notes are checked like a link first.
      merge: (persisted, current) => {
        const stored = (
          typeof persisted === 'object' && persisted !== null ? persisted : {}
        ) as Partial<AppState>;
        const calculator =
          'calculator' in stored ? sanitizeCalculator(stored.calculator) : current.calculator;
        const notes = 'notes' in stored ? storedNotes(stored.notes) : current.notes;
        return { ...current, ...stored, calculator, notes };
      },
      partialize: (state) => ({
        theme: state.theme,
        rememberedMappings: state.rememberedMappings,
        speedWithinMinutes: state.speedWithinMinutes,
        comparison: state.comparison,
        definition: state.definition,
        calculator: persistedCalculator(state.calculator),
        notes: state.notes,
      }),
    },
  ),
);
