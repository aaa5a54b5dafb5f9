import { useState } from 'react';
import type { TableKind } from '../../lib/ingest/fields';
import {
  applyLinkChoice,
  linkPreview,
  resetLinkChoice,
  useAppStore,
  useQuery,
  type DealLinkReport,
  type LinkPair,
  type QueryState,
} from '../../store';
import { formatCount, formatPercent } from '../common/format';

/** A view column as the user knows it: the header(s) it came from in the uploaded files. */
export function headerOf(report: DealLinkReport, kind: TableKind, column: string): string {
  return report.headers[kind][column] ?? column.replace(/^x_/, '');
}

/**
 * "Link deals to leads by": a deals column and a leads column, the share of deals they would link
 * (counted before anything changes), and Apply. The choice is remembered and can be reset.
 */
export function LinkChoice({ report }: { report: DealLinkReport }) {
  const chosen = report.details.chosen;
  const [deals, setDeals] = useState(chosen?.deals ?? '');
  const [leads, setLeads] = useState(chosen?.leads ?? '');
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const busy = useAppStore(
    (s) => s.progress !== null || s.restoring || s.queue.length > 0 || s.review !== null,
  );
  const pair: LinkPair | null = deals && leads ? { deals, leads } : null;
  const preview = useQuery(() => (pair ? linkPreview(pair) : Promise.resolve(null)), [deals, leads]);
  const applied = chosen !== null && chosen.deals === deals && chosen.leads === leads;
  const chosenRule = report.details.rules.find((rule) => rule.by === 'chosen');
  const chosenLoaded = Boolean(chosenRule?.dealsHas && chosenRule.leadsHas);

  const run = async (change: () => Promise<void>) => {
    setWorking(true);
    setFailure(null);
    try {
      await change();
    } catch (error) {
      setFailure(
        `The link could not be applied (${error instanceof Error ? error.message : String(error)}).`,
      );
    } finally {
      setWorking(false);
    }
  };
  const options = (kind: TableKind) =>
    report.candidates[kind].map((column) => (
      <option key={column} value={column}>
        {headerOf(report, kind, column)}
      </option>
    ));

  return (
    <fieldset className="link-choice" data-testid="link-choice">
      <legend>Link deals to leads by</legend>
      {chosen && (
        <p className="small">
          {chosenLoaded
            ? 'Deals are linked first by the deals’ '
            : 'Your remembered link is not in the loaded files, so the usual columns are used: the deals’ '}
          “{headerOf(report, 'deals', chosen.deals)}” against the leads’ “
          {headerOf(report, 'leads', chosen.leads)}”{chosenLoaded ? ', then by the usual columns.' : '.'}
        </p>
      )}
      <div className="link-choice-grid">
        <label htmlFor="link-deals-column">Deals column</label>
        <select
          id="link-deals-column"
          data-testid="link-deals-column"
          value={deals}
          onChange={(event) => setDeals(event.target.value)}
        >
          <option value="">Choose a deals column…</option>
          {options('deals')}
        </select>
        <label htmlFor="link-leads-column">Leads column</label>
        <select
          id="link-leads-column"
          data-testid="link-leads-column"
          value={leads}
          onChange={(event) => setLeads(event.target.value)}
        >
          <option value="">Choose a leads column…</option>
          {options('leads')}
        </select>
      </div>
      <p className="link-preview" data-testid="link-preview" aria-live="polite">
        <Preview pair={pair} preview={preview} />
      </p>
      <div className="row-actions">
        <button
          type="button"
          className="primary"
          data-testid="apply-link"
          disabled={!pair || !preview.data || applied || busy || working}
          onClick={() => pair && void run(() => applyLinkChoice(pair))}
        >
          {applied ? 'Applied' : 'Apply'}
        </button>
        {chosen && (
          <button
            type="button"
            data-testid="reset-link"
            disabled={busy || working}
            onClick={() =>
              void run(async () => {
                await resetLinkChoice();
                setDeals('');
                setLeads('');
              })
            }
          >
            Reset to the usual columns
          </button>
        )}
        {busy && <span className="small muted">Available once the files are loaded.</span>}
      </div>
      {failure && (
        <p className="small gap-text" role="alert">
          {failure}
        </p>
      )}
    </fieldset>
  );
}

function Preview({
  pair,
  preview,
}: {
  pair: LinkPair | null;
  preview: QueryState<Awaited<ReturnType<typeof linkPreview>>>;
}) {
  if (!pair) return <>Choose a column on each side to see how many deals it would link.</>;
  if (preview.error) return <>These columns could not be compared ({preview.error}).</>;
  if (preview.loading) return <>Counting the deals these columns would link…</>;
  if (!preview.data) return <>These columns are not in the loaded files.</>;
  const { deals, matched } = preview.data;
  return (
    <>
      With this link, <strong>{formatPercent(deals > 0 ? matched / deals : 0)}</strong> of deals would be
      linked to a lead ({formatCount(matched)} of {formatCount(deals)}, the usual columns included).
    </>
  );
}
