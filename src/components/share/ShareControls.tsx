import { useId, useState } from 'react';
import { datasetState, shareUrl, useAppStore } from '../../store';
import { formatMb } from '../common/format';
import { printAll } from './open-snapshot';

/**
 * Sharing from the top bar: "Share dashboard" (`share-snapshot` in DESIGN.md's test contract)
 * downloads the self-contained snapshot; owner names are pseudonymised unless ticked. "Copy link"
 * copies the address with the view state in its hash; the print buttons print this view or all.
 */
export function ShareControls() {
  const ready = useAppStore((s) => datasetState(s) === 'ready');
  const [ownerNames, setOwnerNames] = useState(false);
  const [status, setStatus] = useState<{ text: string; problem?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const ownersId = useId();

  const share = async () => {
    setBusy(true);
    setStatus({ text: 'Preparing the snapshot…' });
    try {
      const { downloadSnapshot } = await import('./export-snapshot');
      const size = await downloadSnapshot({
        includeOwnerNames: ownerNames,
        onProgress: (done, total) => setStatus({ text: `Computing figures ${done} of ${total}…` }),
      });
      setStatus({ text: `Snapshot saved (${formatMb(size)}): it opens offline in any browser.` });
    } catch (error) {
      setStatus({
        text: `The snapshot could not be made: ${error instanceof Error ? error.message : String(error)}.`,
        problem: true,
      });
    } finally {
      setBusy(false);
    }
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl());
      setStatus({
        text: 'Link copied: it holds the filters, settings, view and scenarios, never your data.',
      });
    } catch {
      setStatus({ text: 'Copying was not allowed here: copy the address bar instead.' });
    }
  };

  return (
    <div className="share-controls" role="group" aria-label="Share and print">
      <button
        type="button"
        data-testid="share-snapshot"
        disabled={!ready || busy}
        onClick={() => void share()}
        title="Download one HTML file with every view's figures (no lead-level data) that opens offline"
      >
        {busy ? 'Preparing…' : 'Share dashboard'}
      </button>
      <label className="small share-owner-names" htmlFor={ownersId}>
        <input
          id={ownersId}
          type="checkbox"
          checked={ownerNames}
          onChange={(e) => setOwnerNames(e.target.checked)}
          data-testid="snapshot-owner-names"
        />{' '}
        with owner names
      </label>
      <button type="button" onClick={() => void copyLink()} data-testid="copy-link">
        Copy link
      </button>
      <button type="button" onClick={() => window.print()} data-testid="print-view" title="Print this view">
        Print
      </button>
      <button
        type="button"
        onClick={() => printAll.set(true)}
        data-testid="print-all-views"
        title="Print every view, one after another (or save them as one PDF)"
      >
        Print all views
      </button>
      {status && (
        <p
          className={`small share-status${status.problem ? ' gap-text' : ' muted'}`}
          role="status"
          data-testid="share-status"
        >
          {status.text}
        </p>
      )}
    </div>
  );
}
