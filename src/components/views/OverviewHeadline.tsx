import { NO_DEALS_LINKED, missingSentence } from '../../lib/metrics';
import type { OverviewFigures } from '../../lib/share';
import type { DashboardViewId } from '../../lib/views';
import { formatCount, formatHours, formatMoney } from '../common/format';
import { answerParts } from './answer-words';
import { BENCHMARKS } from './benchmarks';
import { count, money, pct } from './format-metric';
import { Sparkline } from '../charts/Sparkline';
import { figureText } from './comparison-words';
import { Tile } from './Tile';
import { TILE_FIGURES, seriesValues, tileChange, type ComparedTile } from './tile-changes';
import type { TileCompare } from './use-tile-compare';

/** Why each headline figure is unknown: the registry's sentence, or that no deal links (null: known). */
export interface HeadlineMissing {
  leads: string | null;
  followUp: string | null;
  sla: string | null;
  response: string | null;
  leaked: string | null;
  leadToWin: string | null;
  revenuePerLead: string | null;
  span: string | null;
}

/**
 * What leaked revenue lacks: with follow-up known, only what revenue per lead needs too (a deals file
 * with outcomes and amounts), so the sentence does not ask for a follow-up column the data has.
 */
export function leakedNeeds(
  followUp: string | null,
  revenuePerLead: string | null,
  leaked: string | null,
): string | null {
  return followUp === null ? (revenuePerLead ?? leaked) : leaked;
}

/** For figures without the files they came from (a link): each unknown figure's registry sentence. */
export function missingOf(f: OverviewFigures): HeadlineMissing {
  const revenue = (sentence: string, value: number | null) =>
    value !== null ? null : f.unlinked ? NO_DEALS_LINKED : sentence;
  return {
    leads: f.leads === 0 ? missingSentence('funnel') : null,
    followUp: f.neverFollowedUp === null ? missingSentence('followUp') : null,
    sla: f.slaCompliance === null ? missingSentence('followUp', 'slaCompliance') : null,
    response: f.medianResponseHours === null ? missingSentence('followUp', 'medianResponseHours') : null,
    leaked: revenue(
      leakedNeeds(
        f.neverFollowedUp === null ? missingSentence('followUp') : null,
        missingSentence('revenue', 'revenuePerLead'),
        missingSentence('revenue', 'leakedRevenue'),
      ) ?? '',
      f.leakedRevenue,
    ),
    leadToWin: revenue(missingSentence('revenue', 'leadToWin'), f.leadToWin),
    revenuePerLead: revenue(missingSentence('revenue', 'revenuePerLead'), f.revenuePerLead),
    span: f.spanDays === null ? missingSentence('cohortTrend') : null,
  };
}

interface SentenceProps {
  figures: OverviewFigures;
  currency: string;
  missing: HeadlineMissing;
  /** Each part opens the view that explains it; without (a link opened without data) it is plain text. */
  onOpen?: ((view: DashboardViewId) => void) | undefined;
}

/** The answer first: one sentence, its figures' raw values in data attributes (the test contract's JSON). */
export function AnswerSentence({ figures, currency, missing, onOpen }: SentenceProps) {
  const parts = answerParts({ ...figures, currency, missing });
  const attr = (n: number | null) => (n === null ? 'null' : String(n));
  return (
    <p
      className="overview-answer"
      data-testid="overview-answer"
      data-leads={figures.leads}
      data-never={attr(figures.neverFollowedUp)}
      data-leaked={attr(figures.leakedRevenue)}
      data-span-days={attr(figures.spanDays)}
      data-first-day={figures.firstDay ?? ''}
      data-last-day={figures.lastDay ?? ''}
    >
      {parts.map((part, i) => {
        const { view } = part;
        // A <button> is an inline block: a long part would not wrap with the sentence on a phone.
        return view && onOpen ? (
          <span
            key={i}
            role="button"
            tabIndex={0}
            className="answer-link"
            data-view={view}
            data-figure={part.figure}
            onClick={() => onOpen(view)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              onOpen(view);
            }}
          >
            {part.text}
          </span>
        ) : (
          <span key={i} data-figure={part.figure}>
            {part.text}
          </span>
        );
      })}
    </p>
  );
}

interface TilesProps {
  figures: OverviewFigures;
  currency: string;
  slaHours: number;
  missing: HeadlineMissing;
  /** Deals in several currencies: the money tiles per currency ("€2,334 + $1,333"), and why (CurrencyAmounts). */
  split?: { leaked: string | null; revenuePerLead: string | null; reason: string } | null | undefined;
  /** The periods to compare each figure over (the Overview with data; a link's copy has none). */
  compare?: TileCompare | null | undefined;
}

/** A tile's change against the previous period and its sparkline, when the periods are known. */
function compared(tile: ComparedTile, compare: TileCompare | null | undefined, currency: string) {
  if (!compare) return {};
  const { kind, name } = TILE_FIGURES[tile];
  const { series } = compare;
  return {
    change: tileChange(tile, compare.comparison),
    trend: series && (
      <Sparkline
        values={seriesValues(tile, series)}
        name={name}
        unit={compare.unit}
        format={(v) => figureText(kind, v, currency)}
        lastToDate={series[series.length - 1]?.toDate}
        gap={tile === 'never' || tile === 'leaked'}
      />
    ),
  };
}

/** The eight headline figures, each with what it is, what gives it meaning and how it moved lately. */
export function OverviewTiles({ figures: f, currency, slaHours, missing, split, compare }: TilesProps) {
  const by = (tile: ComparedTile) => compared(tile, compare, currency);
  return (
    <div className={`tiles four${compare ? ' tiles-compared' : ''}`}>
      <Tile label="leads in view" value={count(f.leads)} testId="tile-leads" {...by('leads')} />
      <Tile
        label="leads never followed up"
        testId="tile-never"
        value={count(f.neverFollowedUp)}
        missing={missing.followUp}
        gap
        {...by('never')}
      />
      <Tile
        label="leaked revenue"
        testId="tile-leaked"
        value={split?.leaked ?? money(f.leakedRevenue, currency)}
        missing={missing.leaked}
        gap
        {...by('leaked')}
        comparison={split?.reason ?? leakedAssumption(f.neverFollowedUp, f.averageWonAmount, currency)}
      />
      <Tile
        label="followed up"
        testId="tile-follow-up-rate"
        {...by('followUp')}
        value={pct(f.followUpRate)}
        missing={missing.followUp}
        comparison={BENCHMARKS.followUp}
      />
      <Tile
        label={`SLA compliance (${slaHours} h)`}
        testId="tile-sla"
        {...by('sla')}
        value={pct(f.slaCompliance)}
        missing={missing.sla}
        comparison={BENCHMARKS.sla}
      />
      <Tile
        label="lead-to-win"
        testId="tile-lead-to-win"
        {...by('leadToWin')}
        value={pct(f.leadToWin)}
        missing={missing.leadToWin}
        comparison={BENCHMARKS.leadToWin}
      />
      <Tile
        label="revenue per lead"
        testId="tile-revenue-per-lead"
        {...by('revenuePerLead')}
        value={split?.revenuePerLead ?? money(f.revenuePerLead, currency)}
        missing={missing.revenuePerLead}
        comparison={split?.reason}
      />
      <Tile
        label="median response time"
        testId="tile-median-response"
        {...by('response')}
        value={f.medianResponseHours == null ? null : formatHours(f.medianResponseHours)}
        missing={missing.response}
        comparison={BENCHMARKS.response}
      />
    </div>
  );
}

function leakedAssumption(never: number | null, average: number | null, currency: string) {
  if (never == null || average == null) return BENCHMARKS.leaked;
  return `If the ${formatCount(never)} never-followed-up leads had converted like the followed-up ones, at the average won deal of ${formatMoney(average, currency)}.`;
}
