import type { SnapshotDocument } from '../../lib/share/snapshot-document';
import { focusSoon, VIEW_HEADING_ID } from '../common/focus-moves';
import { SNAPSHOT_VIEWS, viewInfo } from '../../lib/views';
import { useAppStore, type Theme } from '../../store';
import { CalculatorView } from '../calculator/CalculatorView';
import { formatCount } from '../common/format';
import { Interactive } from '../common/interactive';
import { useTheme } from '../shell/use-theme';
import { DashboardView } from '../views/DashboardView';
import { printAll, useFlag } from './open-snapshot';
import { clockWords } from '../shell/working-hours-draft';
import { AnalysisSummary } from './AnalysisSummary';
import PrintAllViews from './PrintAllViews';

const NEXT_THEME: Record<Theme, Theme> = { system: 'dark', dark: 'light', light: 'system' };

const made = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

/**
 * A snapshot, read-only: the dashboard views and the calculator drawn from the snapshot's stored
 * figures (snapshot-mode.ts). The same component runs in the downloaded file (src/snapshot) and in
 * the site ("Open a snapshot" on the Data view, with `onClose`). Nothing in it filters on a click.
 */
export function SnapshotApp({
  doc,
  fileName,
  onClose,
}: {
  doc: SnapshotDocument;
  fileName?: string;
  onClose?: () => void;
}) {
  useTheme();
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const printing = useFlag(printAll);
  const current = view === 'data' ? 'overview' : view;
  const { title, subtitle } = viewInfo(current);
  const { definition } = doc.context;

  return (
    <Interactive value={false}>
      <div className="app snapshot-app" data-testid="snapshot-app">
        <aside className="rail" aria-label="LeadGap snapshot">
          <div className="brand">
            Lead<span className="gap">Gap</span> <span className="muted small">snapshot</span>
          </div>
          <nav aria-label="Views">
            <ul>
              {SNAPSHOT_VIEWS.map((item) => (
                <li key={item}>
                  <button
                    type="button"
                    aria-current={current === item && !printing ? 'page' : undefined}
                    onClick={() => {
                      printAll.set(false);
                      setView(item);
                      focusSoon(VIEW_HEADING_ID);
                    }}
                  >
                    {viewInfo(item).label}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <section className="at-a-glance" aria-label="About this snapshot">
            <h2>This snapshot</h2>
            <dl>
              <dt>Made</dt>
              <dd>{made(doc.createdAt)}</dd>
              {doc.files.map((file, i) => (
                <div key={i} style={{ display: 'contents' }}>
                  <dt>{file.kind === 'leads' ? 'Leads' : 'Deals'}</dt>
                  <dd>
                    {file.fileName} <span className="muted num">({formatCount(file.rows)} rows)</span>
                  </dd>
                </div>
              ))}
              <dt>SLA</dt>
              <dd>{definition.slaHours} h to first follow-up</dd>
              <dt>As of</dt>
              <dd>{doc.context.asOf}</dd>
              <dt>Times in</dt>
              <dd data-testid="definition-zone">{clockWords(definition).zone}</dd>
              <dt>Working hours</dt>
              <dd data-testid="definition-hours">{clockWords(definition).hours}</dd>
              <dt>Owners</dt>
              <dd>{doc.ownerNames === 'pseudonymised' ? 'pseudonymised (Rep A, Rep B…)' : 'real names'}</dd>
            </dl>
          </section>
        </aside>
        <main>
          <div className="topbar">
            <div>
              <h1 id={VIEW_HEADING_ID} tabIndex={-1}>
                {printing ? 'Every view' : title}
              </h1>
              <p className="muted small" style={{ margin: 0 }}>
                {printing ? 'For printing or saving as PDF.' : subtitle}
              </p>
            </div>
            <div className="actions">
              <button type="button" onClick={() => window.print()} data-testid="print-view">
                Print this view
              </button>
              <button type="button" onClick={() => printAll.set(true)} data-testid="print-all-views">
                Print all views
              </button>
              <button
                type="button"
                onClick={() => setTheme(NEXT_THEME[theme])}
                title="Switch light / dark / system"
              >
                Theme: {theme}
              </button>
              {onClose && (
                <button type="button" className="primary" onClick={onClose} data-testid="close-snapshot">
                  Close snapshot
                </button>
              )}
            </div>
          </div>
          <div className="card snapshot-notice" role="note" data-testid="snapshot-notice">
            <p>
              <strong>A read-only snapshot{fileName ? ` (${fileName})` : ''}.</strong> It holds aggregated
              figures only, for the filters below: no lead, e-mail or lead name is in it, so the lead-level
              lists (leads to redirect, deals without a lead) are left out, and filters cannot be changed.
              {doc.ownerNames === 'pseudonymised' && ' Owner names are replaced by “Rep A”, “Rep B”….'}
              {doc.hiddenDimensions.length > 0 &&
                ` Columns that could identify leads are not offered for grouping (${doc.hiddenDimensions.join(', ')}).`}{' '}
              The calculator works: what-if changes stay in this page.
            </p>
            <AnalysisSummary asOf={doc.context.asOf} />
          </div>
          {printing ? (
            <PrintAllViews summary={false} />
          ) : current === 'calculator' ? (
            <CalculatorView />
          ) : (
            <DashboardView view={current} />
          )}
        </main>
      </div>
    </Interactive>
  );
}

/** What the viewer shows when its data cannot be read (a damaged or tampered file). */
export function SnapshotProblem({ message }: { message: string }) {
  return (
    <main style={{ maxWidth: '40rem', margin: '3rem auto' }}>
      <div className="card problem" role="alert" data-testid="snapshot-problem">
        <h1 style={{ fontSize: '1.2rem' }}>This snapshot cannot be shown</h1>
        <p>{message}</p>
        <p className="muted small">Ask the person who sent it for a new copy; nothing from it was run.</p>
      </div>
    </main>
  );
}
