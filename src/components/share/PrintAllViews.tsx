import { useEffect, useRef, useState } from 'react';
import { DASHBOARD_VIEWS, viewInfo } from '../../lib/views';
import { useAppStore } from '../../store';
import { CalculatorView } from '../calculator/CalculatorView';
import { DashboardView } from '../views/DashboardView';
import { AnalysisSummary } from './AnalysisSummary';
import { printAll } from './open-snapshot';

/**
 * Every view, one after another, for "Print / Save as PDF": each starts on a new page. Prints once
 * every view has drawn (their roots say data-state="ready"), then closes itself after printing.
 */
export default function PrintAllViews({
  autoPrint = true,
  summary = true,
}: {
  autoPrint?: boolean;
  /** False where the page already says which filters the figures are for (a snapshot). */
  summary?: boolean;
}) {
  const hasData = useAppStore((s) => s.uploads.length > 0);
  const root = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const views = hasData ? DASHBOARD_VIEWS : [];

  useEffect(() => {
    let done = false;
    const check = () => {
      const element = root.current;
      if (!element || done) return;
      const roots = [...element.querySelectorAll('[data-testid^="view-"]')];
      if (roots.length >= views.length && roots.every((r) => r.getAttribute('data-state') === 'ready')) {
        done = true;
        setReady(true);
      }
    };
    const timer = setInterval(check, 150);
    check();
    return () => clearInterval(timer);
  }, [views.length]);

  useEffect(() => {
    if (!ready || !autoPrint) return;
    const close = () => printAll.set(false);
    window.addEventListener('afterprint', close, { once: true });
    // Let the charts' resize observers draw at the page width first.
    const timer = setTimeout(() => window.print(), 400);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', close);
    };
  }, [ready, autoPrint]);

  return (
    <div className="print-all" ref={root} data-testid="print-all" data-state={ready ? 'ready' : 'loading'}>
      <div className="print-all-bar card" role="status">
        <span>{ready ? 'Every view is ready to print.' : 'Drawing every view for printing…'}</span>
        <span className="row-actions">
          <button type="button" className="primary" disabled={!ready} onClick={() => window.print()}>
            Print / Save as PDF
          </button>
          <button type="button" onClick={() => printAll.set(false)}>
            Back
          </button>
        </span>
      </div>
      {summary && <AnalysisSummary />}
      {views.map((view) => (
        <section key={view} className="print-section" aria-labelledby={`print-${view}`}>
          <h2 id={`print-${view}`} className="print-section-title">
            {viewInfo(view).title}
            <span className="muted small"> {viewInfo(view).subtitle}</span>
          </h2>
          <DashboardView view={view} />
        </section>
      ))}
      <section className="print-section" aria-labelledby="print-calculator">
        <h2 id="print-calculator" className="print-section-title">
          {viewInfo('calculator').title}
          <span className="muted small"> {viewInfo('calculator').subtitle}</span>
        </h2>
        <CalculatorView />
      </section>
    </div>
  );
}
