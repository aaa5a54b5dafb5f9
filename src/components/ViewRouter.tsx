import { Suspense, useEffect, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { viewInfo } from '../lib/views';
import { readingFiles, useAppStore } from '../store';
import { useOpenedLink } from '../store/link-figures';
import { MAIN_CONTENT_ID } from './common/focus-moves';
import { lazyView } from './common/lazy-view';
import { ViewProblem } from './common/ViewProblem';
import { DataView } from './data/DataView';
import { FilterBar } from './shell/FilterBar';
import { LinkLanding } from './share/LinkLanding';
import { RestoringNotice } from './shell/RestoringFiles';

// Charts (Recharts) load with the first view that draws them: the Data view stays light (UI.md).
// The views' chunks are fetched while files are read (DuckDB works in its worker meanwhile), so the
// Overview does not wait for them after the files are in (over a real network, a round trip and
// ~140 KB gzip), and, already in, they render without suspending (lazy-view.tsx).
const dashboard = lazyView(() => import('./views/DashboardView').then((m) => m.DashboardView));
const calculator = lazyView(() => import('./calculator/CalculatorView').then((m) => m.CalculatorView));
const DashboardView = dashboard.View;
const CalculatorView = calculator.View;

const loading = (
  <section className="card" aria-busy="true">
    <p className="muted">Loading the view…</p>
  </section>
);

/**
 * One view at a time; dashboard views need leads or deals loaded and say so instead of showing zeros,
 * or, after a reload, say which saved files are being read again.
 */
/** Where the skip link lands: the view's own content, past the rail, top bar and filter bar. */
function Content({ children }: { children: ReactNode }) {
  return (
    <div id={MAIN_CONTENT_ID} tabIndex={-1} className="main-content">
      {children}
    </div>
  );
}

export function ViewRouter() {
  const openedLink = useOpenedLink() !== null;
  const { view, hasData, restoring, reading, setView } = useAppStore(
    useShallow((s) => ({
      view: s.view,
      hasData: s.uploads.length > 0,
      restoring: s.restoringFiles.length > 0,
      reading: readingFiles(s),
      setView: s.setView,
    })),
  );
  useEffect(() => {
    // A failure here is left to the view, which asks again and, failing, says so (ViewProblem).
    if (reading || restoring) {
      void dashboard.preload();
      void calculator.preload();
    }
  }, [reading, restoring]);
  if (view === 'data') {
    return (
      <Content>
        <DataView />
      </Content>
    );
  }
  if (view === 'calculator') {
    return (
      <Content>
        {restoring && <RestoringNotice then="The calculator starts from your data once they are back." />}
        <ViewProblem key={view} label={viewInfo(view).label}>
          <Suspense fallback={loading}>
            <CalculatorView />
          </Suspense>
        </ViewProblem>
      </Content>
    );
  }
  const { label } = viewInfo(view);
  // Until every saved file is back: a view drawn from some of them would show figures that change.
  if (restoring) {
    return (
      <Content>
        <RestoringNotice then={`${label} shows as soon as they are back.`} />
      </Content>
    );
  }
  if (!hasData) {
    if (openedLink) {
      return (
        <Content>
          <LinkLanding view={view} />
        </Content>
      );
    }
    return (
      <Content>
        <section className="card empty-view">
          <h2>{label} needs your data</h2>
          <p className="muted">
            Load your CRM’s lead export (and your closed deals, if you have them), or try the sample data.
          </p>
          <button type="button" className="primary" onClick={() => setView('data')}>
            Go to Data
          </button>
        </section>
      </Content>
    );
  }
  return (
    <>
      <FilterBar />
      <Content>
        <ViewProblem key={view} label={label}>
          <Suspense fallback={loading}>
            <DashboardView view={view} />
          </Suspense>
        </ViewProblem>
      </Content>
    </>
  );
}
