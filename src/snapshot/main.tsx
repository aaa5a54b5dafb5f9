/**
 * The snapshot viewer (built by snapshot.vite.config.ts into one script): reads the snapshot's JSON
 * from its page, checks it like any outside input and shows it read-only. No network, no storage.
 */
import '../styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DATA_ELEMENT_ID } from '../lib/share/snapshot-html';
import { parseSnapshotJson } from '../lib/share/snapshot-document';
import { SnapshotApp, SnapshotProblem } from '../components/share/SnapshotApp';
import { enterSnapshot } from '../components/share/snapshot-mode';
import { pauseHashSync } from '../store/url-hash';

pauseHashSync(true);
document.documentElement.dataset['theme'] = matchMedia('(prefers-color-scheme: dark)').matches
  ? 'dark'
  : 'light';
const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  const result = parseSnapshotJson(document.getElementById(DATA_ELEMENT_ID)?.textContent ?? '');
  if (!result.ok) {
    root.render(<SnapshotProblem message={`This file's data could not be read: ${result.error}.`} />);
  } else {
    enterSnapshot(result.value);
    document.title = `LeadGap snapshot — ${result.value.createdAt.slice(0, 10)}`;
    root.render(
      <StrictMode>
        <SnapshotApp doc={result.value} />
      </StrictMode>,
    );
  }
}
