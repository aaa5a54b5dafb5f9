import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { datasetState, installHashSync, restoreSavedUploads, useAppStore } from '../store';
import { waitingForUser } from '../store/dataset-slice';
import { ViewRouter } from './ViewRouter';
import { Announcer } from './shell/Announcer';
import { StorageNotice } from './data/StorageNotice';
import { UndoRemoval } from './data/UndoRemoval';
import { PrintLayer } from './share/PrintLayer';
import { ShareProblems, SnapshotHost } from './share/SnapshotHost';
import { Rail } from './shell/Rail';
import { SkipLinks } from './shell/SkipLinks';
import { TopBar } from './shell/TopBar';
import { useTheme } from './shell/use-theme';

export default function App() {
  useTheme();
  const { state, text, uploads } = useAppStore(
    useShallow((s) => ({ state: datasetState(s), text: statusText(s), uploads: s.uploads.length })),
  );
  useEffect(() => {
    void restoreSavedUploads();
    return installHashSync();
  }, []);
  return (
    <SnapshotHost>
      <SkipLinks />
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
              {text}
              {state === 'ready' ? ` · ${uploads} file${uploads === 1 ? '' : 's'}` : ''}
            </p>
          </TopBar>
          <ShareProblems />
          <PrintLayer>
            <ViewRouter />
          </PrintLayer>
          <UndoRemoval />
          <StorageNotice />
          <Announcer />
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

/** The state's words, more exact while loading: nothing moves while a mapping waits for the user. */
function statusText(s: Parameters<typeof datasetState>[0]): string {
  const state = datasetState(s);
  if (state !== 'loading') return STATUS_TEXT[state];
  if (waitingForUser(s)) return 'Waiting for you: confirm the mapping';
  return s.restoringFiles.length > 0 ? 'Reading saved files…' : STATUS_TEXT.loading;
}
