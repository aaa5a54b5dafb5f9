/**
 * Snapshot mode: the store shows a snapshot's filters, definition, calculator and view, its metrics
 * come from the snapshot (MetricsSource), and nothing is written anywhere: persistence goes to
 * memory, the URL hash sync is paused, and the filter actions do nothing (a snapshot holds figures
 * for one set of filters). In the site, leaving restores the user's own state untouched.
 */
import type { StateStorage } from 'zustand/middleware';
import { createJSONStorage } from 'zustand/middleware';
import { extraColumnName } from '../../lib/ingest/schema';
import { snapshotMetrics } from '../../lib/share/snapshot-source';
import type { SnapshotDocument } from '../../lib/share/snapshot-document';
import { useAppStore, type AppState, type LoadedUpload, type View } from '../../store';
import { fromShared } from '../../store/calculator-slice';
import { setMetricsSource } from '../../store/use-metric';
import { pauseHashSync } from '../../store/url-hash';

const SAVED_KEYS = [
  'filters',
  'definition',
  'view',
  'calculator',
  'uploads',
  'toggleFilter',
  'removeFilter',
  'setCreatedRange',
  'clearFilters',
  'setDefinition',
  'resetDefinition',
  'theme',
  'notes',
  'notesFromLink',
  'addNote',
  'removeNote',
] as const satisfies readonly (keyof AppState)[];

type Saved = Pick<AppState, (typeof SAVED_KEYS)[number]>;

let saved: { state: Saved; storage: ReturnType<typeof storageNow> } | null = null;

const storageNow = () => useAppStore.persist.getOptions().storage;
const memory: StateStorage = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
const noop = () => undefined;

export function enterSnapshot(doc: SnapshotDocument): void {
  pauseHashSync(true);
  const state = useAppStore.getState();
  if (!saved) {
    saved = {
      state: Object.fromEntries(SAVED_KEYS.map((key) => [key, state[key]])) as Saved,
      storage: storageNow(),
    };
  }
  useAppStore.persist.setOptions({ storage: createJSONStorage(() => memory) });
  const calculator = fromShared(doc.calculator, state.calculator);
  const selectedId = doc.calculator.selectedId;
  useAppStore.setState({
    filters: doc.context.filters,
    definition: doc.context.definition,
    view: (doc.view === 'data' ? 'overview' : doc.view) satisfies View,
    calculator: {
      ...calculator,
      selectedId: calculator.scenarios.some((s) => s.id === selectedId)
        ? (selectedId ?? '')
        : calculator.selectedId,
      dataBasis: doc.calculator.dataBasis,
    },
    uploads: syntheticUploads(doc),
    toggleFilter: noop,
    removeFilter: noop,
    setCreatedRange: noop,
    clearFilters: noop,
    setDefinition: noop,
    resetDefinition: noop,
    // The snapshot's notes, read-only (the views offer no note controls in a snapshot either).
    notes: doc.notes ?? [],
    notesFromLink: null,
    addNote: () => ({ ok: false, error: 'A snapshot is read-only.' }),
    removeNote: noop,
  });
  setMetricsSource(snapshotMetrics(doc));
}

/** Back to the user's own state (in the site). */
export function leaveSnapshot(): void {
  if (!saved) return;
  setMetricsSource(null);
  useAppStore.setState(saved.state);
  if (saved.storage) useAppStore.persist.setOptions({ storage: saved.storage });
  saved = null;
  pauseHashSync(false);
}

/**
 * Stand-ins for the loaded files, with what the views read from uploads: which fields each file
 * mapped (the known fields) and the extra lead columns the Sources view groups by. No rows.
 */
function syntheticUploads(doc: SnapshotDocument): LoadedUpload[] {
  const uploads: LoadedUpload[] = [];
  const { known } = doc.context;
  for (const kind of ['leads', 'deals'] as const) {
    const fields = known[kind];
    const files = doc.files.filter((f) => f.kind === kind);
    if (fields.length === 0 && files.length === 0) continue;
    const headers: string[] = [];
    const mapping: Record<string, number> = {};
    for (const field of fields) {
      if (kind === 'deals' && field === 'outcome' && known.closedWonOnly) continue;
      mapping[field] = headers.length;
      headers.push(field);
    }
    if (kind === 'leads') {
      for (const dimension of doc.dimensions) {
        if (!dimension.column.startsWith('x_')) continue;
        // Only when the label gives back the same column (an unnamed column keeps its place).
        if (extraColumnName(dimension.label, headers.length) === dimension.column)
          headers.push(dimension.label);
      }
    }
    const fileName = files.map((f) => f.fileName).join(', ') || kind;
    const rows = files.reduce((sum, f) => sum + f.rows, 0);
    uploads.push({
      prepared: { uploadId: -uploads.length - 1, kind, fileName, sniffed: { headers } },
      choice: { mapping, closedWonAssumed: kind === 'deals' && known.closedWonOnly },
      report: { kind, fileName, rowsLoaded: rows, rowsRejected: 0 },
      file: new Blob([]),
    } as unknown as LoadedUpload);
  }
  return uploads;
}
