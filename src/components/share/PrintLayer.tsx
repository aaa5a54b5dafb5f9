import { Suspense, type ReactNode } from 'react';
import { ViewProblem } from '../common/ViewProblem';
import { AnalysisSummary } from './AnalysisSummary';
import { printAll, useFlag } from './open-snapshot';
import { printAllViews } from './share-chunks';

/** Shows `children` (the current view), or every view for printing while "Print all views" is on. */
export function PrintLayer({ children }: { children: ReactNode }) {
  const printing = useFlag(printAll);
  if (!printing) {
    return (
      <>
        <div className="print-only">
          <AnalysisSummary />
        </div>
        {children}
      </>
    );
  }
  return (
    <ViewProblem label="The print version">
      <Suspense fallback={<p className="muted">Preparing every view for printing…</p>}>
        <printAllViews.View />
      </Suspense>
    </ViewProblem>
  );
}
