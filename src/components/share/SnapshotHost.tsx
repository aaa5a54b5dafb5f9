import { Suspense, type ReactNode } from 'react';
import { useAppStore } from '../../store';
import { ViewProblem } from '../common/ViewProblem';
import { openSnapshot, snapshotError, useFlag } from './open-snapshot';
import { snapshotApp } from './share-chunks';

/**
 * In the site: the live app (`children`), or an opened snapshot in its place until it is closed;
 * plus, app-wide, why a link or a snapshot file could not be opened.
 */
export function SnapshotHost({ children }: { children: ReactNode }) {
  const opened = useFlag(openSnapshot);
  if (opened) {
    return (
      <ViewProblem
        key={opened.doc.createdAt}
        label="The snapshot"
        alone
        back={{ label: 'Back to your data', onClick: () => void closeSnapshot() }}
      >
        <Suspense
          fallback={
            <p className="muted" style={{ padding: '2rem' }}>
              Opening the snapshot…
            </p>
          }
        >
          <snapshotApp.View
            doc={opened.doc}
            fileName={opened.fileName}
            onClose={() => void closeSnapshot()}
          />
        </Suspense>
      </ViewProblem>
    );
  }
  return <>{children}</>;
}

/** Why the link in the address bar, or a snapshot file, could not be opened (never a crash). */
export function ShareProblems() {
  const linkProblem = useAppStore((s) => s.shareProblem);
  const setShareProblem = useAppStore((s) => s.setShareProblem);
  const onCalculator = useAppStore((s) => s.view === 'calculator');
  const fileProblem = useFlag(snapshotError);
  // The calculator shows the link's problem itself.
  const problems = [
    ...(linkProblem && !onCalculator ? [{ text: linkProblem, dismiss: () => setShareProblem(null) }] : []),
    ...(fileProblem ? [{ text: fileProblem, dismiss: () => snapshotError.set(null) }] : []),
  ];
  if (problems.length === 0) return null;
  return (
    <>
      {problems.map((problem) => (
        <div
          key={problem.text}
          className="card problem share-problem"
          role="alert"
          data-testid="share-problem"
        >
          <p>{problem.text}</p>
          <button type="button" className="small" onClick={problem.dismiss}>
            Dismiss
          </button>
        </div>
      ))}
    </>
  );
}

/** Back to the live app, with the user's own filters, definition, calculator and view. */
async function closeSnapshot() {
  const { leaveSnapshot } = await import('./snapshot-mode');
  leaveSnapshot();
  openSnapshot.set(null);
}
