import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { datasetState, installHashSync, restoreSavedUploads, useAppStore } from '../store';
import { ViewRouter } from './ViewRouter';
import { PrintLayer } from './share/PrintLayer';
import { ShareProblems, SnapshotHost } from './share/SnapshotHost';
import { Rail } from './shell/Rail';
import { TopBar } from './shell/TopBar';
import { useTheme } from './shell/use-theme';

export default function App() {
  useTheme();
  const { state, uploads } = useAppStore(
    useShallow((s) => ({ state: datasetState(s), uploads: s.uploads.length })),
  );
  useEffect(() => {
    void restoreSavedUploads();
    return installHashSync();
  }, []);
  return (
    <SnapshotHost>
      <div className="app">
        <Rail />
        <main>
          <TopBar>
            <p
              data-testid="dataset-status"
              data-state={state}
              className={`status-pill ${state}`}
              role="status"
            >
              {STATUS_TEXT[state]}
              {state === 'ready' ? ` · ${uploads} file${uploads === 1 ? '' : 's'}` : ''}
            </p>
          </TopBar>
          <ShareProblems />
          <PrintLayer>
            <ViewRouter />
          </PrintLayer>
        </main>
      </div>
    </SnapshotHost>
  );
}

const STATUS_TEXT = {
  empty: 'No data yet',
  loading: 'Loading…',
  ready: 'Data ready',
  error: 'A file could not be loaded',
} as const;
