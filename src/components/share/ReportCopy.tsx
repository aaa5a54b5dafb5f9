import { DEFAULT_DEFINITION, type LeadDefinition } from '../../lib/metrics/context';
import type { ReportFigures } from '../../lib/share';
import { windowText } from '../views/comparison-words';
import { PeriodTable } from '../views/PeriodTable';
import { ReportDefinition, ReportTables } from '../views/ReportTables';

interface Props {
  report: ReportFigures;
  /** The sender's day and currency, from the link's headline figures (absent: not said). */
  made: string | null;
  currency: string;
  definition: LeadDefinition | undefined;
  /** "December 5, 2026" for the made day. */
  madeWords: string | null;
  scope: string;
}

/**
 * The lead follow-up report as a link carried it: the periods compared, the reps (as "Rep A"…) and
 * what waits, marked as a copy of a day, for someone who opens the link without the data.
 */
export function ReportCopy({ report, made, currency, definition, madeWords, scope }: Props) {
  const { current, previous } = report.comparison;
  return (
    <section
      className="report-view link-report"
      aria-labelledby="link-report-title"
      data-testid="link-report"
    >
      <p className="small muted link-copy-note" data-testid="link-copy-note" data-made={made ?? undefined}>
        A copy of the report{madeWords ? ` made on ${madeWords}` : ''}
        {scope}, owners shown as Rep A, Rep B… — load the files to explore.
      </p>
      <section className="card period-comparison" aria-labelledby="link-report-title">
        <h2 id="link-report-title">
          {windowText(current)} <span className="muted">against</span> {windowText(previous)}
        </h2>
        <PeriodTable comparison={report.comparison} currency={currency} />
      </section>
      <ReportTables
        reps={report.reps}
        waiting={report.waiting}
        waitingByOwner={report.waitingByOwner}
        waitingByAge={report.waitingByAge}
      />
      <ReportDefinition definition={definition ?? DEFAULT_DEFINITION} />
    </section>
  );
}
