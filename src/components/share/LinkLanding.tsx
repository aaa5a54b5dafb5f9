import type { Filters, LeadDefinition } from '../../lib/metrics/context';
import type { ShareState, SharedFigures } from '../../lib/share';
import { viewInfo, type ViewId } from '../../lib/views';
import { useAppStore } from '../../store';
import { useCarriedFigures, useCarriedReport, useOpenedLink } from '../../store/link-figures';
import { listWords } from '../calculator/words';
import { AnswerSentence, OverviewTiles, missingOf } from '../views/OverviewHeadline';
import { OpenSnapshot } from './OpenSnapshot';
import { ReportCopy } from './ReportCopy';

const LABELS: Record<string, string> = {
  source: 'Source',
  campaign: 'Campaign',
  owner: 'Owner',
  status: 'Status',
};
const label = (column: string) => LABELS[column] ?? column.replace(/^x_/, '');

/** "December 5, 2026" for a YYYY-MM-DD day (the day itself, whatever the reader's time zone). */
function longDay(day: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** "Source: Paid Search; created 2025-01-01 to 2025-06-30", or "" without filters. */
function filterParts(filters: Filters | undefined): string {
  const parts = Object.entries(filters?.dimensions ?? {}).map(
    ([column, values]) => `${label(column)}: ${(values ?? []).join(', ')}`,
  );
  if (filters?.createdFrom || filters?.createdTo) {
    parts.push(`created ${filters.createdFrom ?? 'from the start'} to ${filters.createdTo ?? 'the end'}`);
  }
  return parts.join('; ');
}

function definitionWords(d: LeadDefinition): string {
  return `the lead definition (follow-up within ${d.slaHours} h${d.asOf ? `, as of ${d.asOf}` : ''})`;
}

/** What the link holds, in words: never rows, only settings and (if any) the headline aggregates. */
function carried(link: ShareState, figures: SharedFigures | null, report: boolean): string[] {
  const items: string[] = [];
  if (link.view) items.push(`the view: ${viewInfo(link.view).label}`);
  const filters = filterParts(link.filters);
  items.push(filters === '' ? 'no filters (every lead)' : `the filters ${filters}`);
  if (link.definition) items.push(definitionWords(link.definition));
  const names = link.calculator?.scenarios.map((s) => `“${s.name}”`) ?? [];
  if (names.length > 0) {
    items.push(
      `${names.length === 1 ? 'a calculator scenario' : `${names.length} calculator scenarios`}: ${listWords(names)}`,
    );
  }
  const notes = link.notes?.length ?? 0;
  if (notes > 0) items.push(`${notes === 1 ? 'a note' : `${notes} notes`} on the timeline (added to yours)`);
  if (report) {
    items.push(
      'the report above: the periods compared, the reps as Rep A, Rep B…, and the counts waiting (no names)',
    );
  } else if (figures) {
    items.push('the Overview’s headline figures above (totals and rates, no names)');
  }
  return items;
}

/**
 * What someone who opens a link without the data sees: the answer and its tiles as the sender saw
 * them (marked as a copy of a day), what the link holds, and the ways on: the data, a snapshot file,
 * the calculator's scenarios.
 */
export function LinkLanding({ view }: { view: ViewId }) {
  const link = useOpenedLink();
  const figures = useCarriedFigures();
  const carriedReport = useCarriedReport();
  const setView = useAppStore((s) => s.setView);
  const scenarios = useAppStore((s) => s.calculator.scenarios.length);
  const ownCurrency = useAppStore((s) => s.calculator.currency);
  if (!link) return null;
  const { label: viewLabel } = viewInfo(view);
  const linkScenarios = link.calculator?.scenarios.length ?? 0;
  const filters = filterParts(link.filters);
  const scope = filters === '' ? '' : ` for ${filters}`;
  const report = view === 'report' ? carriedReport : null;
  return (
    <div className="link-landing" data-testid="link-landing">
      {report && (
        <ReportCopy
          report={report}
          made={figures?.made ?? null}
          madeWords={figures ? longDay(figures.made) : null}
          currency={figures?.currency ?? ownCurrency}
          definition={link.definition}
          scope={scope}
        />
      )}
      {figures && !report && (
        <section className="card link-figures" aria-labelledby="link-figures-note">
          <p
            id="link-figures-note"
            className="small muted link-copy-note"
            data-testid="link-copy-note"
            data-made={figures.made}
          >
            A copy of the figures made on {longDay(figures.made)}
            {scope} — load the files to explore.
          </p>
          <AnswerSentence figures={figures} currency={figures.currency} missing={missingOf(figures)} />
          <OverviewTiles
            figures={figures}
            currency={figures.currency}
            slaHours={figures.slaHours}
            missing={missingOf(figures)}
          />
        </section>
      )}
      <section className="card empty-view" aria-labelledby="link-holds">
        <h2 id="link-holds">{viewLabel} needs your data</h2>
        <p>
          This link holds{' '}
          {report ? 'a copy of the report above and ' : figures ? 'a copy of the answer above and ' : ''}
          settings, never your data:
        </p>
        <ul className="link-carries" data-testid="link-carries">
          {carried(link, figures, report !== null).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p className="muted">
          No lead or deal rows travel in a link. To see the charts and tables, load the lead export (and the
          closed deals, if you have them) on the Data view, or open the snapshot file if you were sent one.
        </p>
        <div className="link-actions">
          <button type="button" className="primary" onClick={() => setView('data')}>
            Go to Data
          </button>
          {linkScenarios > 0 && (
            <button type="button" onClick={() => setView('calculator')} data-testid="link-open-calculator">
              Open the {scenarios === 1 ? 'scenario' : `${scenarios} scenarios`} in the Calculator
            </button>
          )}
        </div>
        <OpenSnapshot />
      </section>
    </div>
  );
}
