import { useEffect, useState } from 'react';
import { datasetState, shareUrl, useAppStore } from '../../store';
import { formatMb } from '../common/format';
import { MenuButton } from '../shell/MenuButton';
import { Toast } from '../shell/Toast';
import { printAll } from './open-snapshot';
import { printAllViews } from './share-chunks';

/**
 * "Share": the snapshot file (`share-snapshot` in DESIGN.md's test contract: one HTML file, owner
 * names pseudonymised unless asked for), and behind the arrow the link (view state in its hash),
 * printing this view or all of them. Without data only the Calculator has something to share.
 */
export function ShareControls() {
  const ready = useAppStore((s) => datasetState(s) === 'ready');
  const calculator = useAppStore((s) => s.view === 'calculator');
  const [ownerNames, setOwnerNames] = useState(false);
  const [status, setStatus] = useState<{ text: string; problem?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const shareable = ready || calculator;
  useEffect(() => {
    if (ready) void printAllViews.preload();
  }, [ready]);

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
        text: 'Link copied: it holds the view, filters, settings, scenarios, notes and the Overview’s headline figures (totals only), never your rows.',
      });
    } catch {
      setStatus({ text: 'Copying was not allowed here: copy the address bar instead.' });
    }
  };

  const noData = 'Load your data first: there is nothing to share yet.';
  return (
    <>
      <div className="toolbar-group" role="group" aria-label="Share and print">
        <button
          type="button"
          data-testid="share-snapshot"
          disabled={!ready || busy}
          onClick={() => void share()}
          title={
            ready
              ? 'Download one HTML file with every view’s figures (no lead-level data) that opens offline'
              : noData
          }
        >
          {busy ? 'Preparing…' : 'Share snapshot'}
        </button>
        <MenuButton
          label="More ways to share"
          testId="share-menu"
          items={[
            {
              kind: 'action',
              label: 'Copy link',
              testId: 'copy-link',
              disabled: !shareable,
              hint: shareable ? 'The view, filters, settings and scenarios; never your data' : noData,
              run: () => void copyLink(),
            },
            {
              kind: 'action',
              label: 'Print this view',
              testId: 'print-view',
              disabled: !shareable,
              run: () => window.print(),
            },
            {
              kind: 'action',
              label: 'Print all views',
              testId: 'print-all-views',
              disabled: !ready,
              run: () => printAll.set(true),
            },
            {
              kind: 'check',
              label: 'Owner names in the snapshot',
              testId: 'snapshot-owner-names',
              checked: ownerNames,
              toggle: setOwnerNames,
            },
          ]}
        >
          <span aria-hidden="true">▾</span>
        </MenuButton>
      </div>
      <Toast
        text={status?.text ?? null}
        problem={status?.problem ?? false}
        testId="share-status"
        onClose={() => setStatus(null)}
      />
    </>
  );
}
