/**
 * The app's views, in rail order: the rail, top bar, router, print, snapshot and the URL hash read
 * this list. Ids are the URL hash's `view` values: links already shared carry them, so never rename.
 */
interface ViewInfo {
  id: string;
  /** In the rail and the snapshot's nav. */
  label: string;
  /** The top bar's heading and subtitle, and a printed section's. */
  title: string;
  subtitle: string;
  /** An analysis view: needs data loaded, drawn by DashboardView. */
  dashboard: boolean;
  /** In a snapshot's nav and "Print all views" (the Data view has nothing to show without the files). */
  inSnapshot: boolean;
}

export const VIEWS = [
  {
    id: 'data',
    label: 'Data',
    title: 'Your data',
    subtitle: 'Lead and deal exports, read in this browser.',
    dashboard: false,
    inSnapshot: false,
  },
  {
    id: 'overview',
    label: 'Overview',
    title: 'Overview',
    subtitle: 'Where leads leak, and what it costs.',
    dashboard: true,
    inSnapshot: true,
  },
  {
    id: 'funnel',
    label: 'Funnel',
    title: 'Funnel',
    subtitle: 'Leads → followed up → qualified → opportunity → won.',
    dashboard: true,
    inSnapshot: true,
  },
  {
    id: 'follow-up',
    label: 'Follow-up',
    title: 'Follow-up',
    subtitle: 'How fast, and how often, leads are followed up.',
    dashboard: true,
    inSnapshot: true,
  },
  {
    id: 'reps',
    label: 'Reps',
    title: 'Reps',
    subtitle: 'What have you done for me lately: follow-up by owner.',
    dashboard: true,
    inSnapshot: true,
  },
  {
    id: 'sources',
    label: 'Sources',
    title: 'Sources and campaigns',
    subtitle: 'Which channels bring leads that turn into revenue.',
    dashboard: true,
    inSnapshot: true,
  },
  {
    id: 'report',
    label: 'Report',
    title: 'Lead follow-up report',
    subtitle: 'This period against the last: who followed up what, and what waits.',
    dashboard: true,
    inSnapshot: true,
  },
  {
    id: 'calculator',
    label: 'Calculator',
    title: 'The GAP calculator',
    subtitle: 'Revenue − Inbound − Nurturing = The GAP.',
    dashboard: false,
    inSnapshot: true,
  },
] as const satisfies readonly ViewInfo[];

type ViewEntry = (typeof VIEWS)[number];
export type ViewId = ViewEntry['id'];
export type DashboardViewId = Extract<ViewEntry, { dashboard: true }>['id'];
export type SnapshotViewId = Extract<ViewEntry, { inSnapshot: true }>['id'];

export const VIEW_IDS: readonly ViewId[] = VIEWS.map((view) => view.id);
const idsOf = <K extends ViewId>(keep: (view: ViewEntry) => boolean) =>
  VIEWS.filter(keep).map((view) => view.id as K);
export const DASHBOARD_VIEWS = idsOf<DashboardViewId>((view) => view.dashboard);
export const SNAPSHOT_VIEWS = idsOf<SnapshotViewId>((view) => view.inSnapshot);

export function viewInfo(id: ViewId): ViewInfo {
  const info = VIEWS.find((view) => view.id === id);
  if (!info) throw new Error(`Not a view: ${id}`);
  return info;
}
