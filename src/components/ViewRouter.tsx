import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store';
import { CalculatorView } from './calculator/CalculatorView';
import { DataView } from './data/DataView';
import { FilterBar } from './shell/FilterBar';
import { VIEWS } from './shell/Rail';
import { DashboardView } from './views/DashboardView';

/** One view at a time; dashboard views need leads or deals loaded and say so instead of showing zeros. */
export function ViewRouter() {
  const { view, hasData, setView } = useAppStore(
    useShallow((s) => ({ view: s.view, hasData: s.uploads.length > 0, setView: s.setView })),
  );
  if (view === 'data') return <DataView />;
  if (view === 'calculator') return <CalculatorView />;
  if (!hasData) {
    const label = VIEWS.find((v) => v.view === view)?.label ?? view;
    return (
      <section className="card empty-view">
        <h2>{label} needs your data</h2>
        <p className="muted">
          Load your CRM’s lead export (and your closed deals, if you have them), or try the sample data.
        </p>
        <button type="button" className="primary" onClick={() => setView('data')}>
          Go to Data
        </button>
      </section>
    );
  }
  return (
    <>
      <FilterBar />
      <DashboardView view={view} />
    </>
  );
}
