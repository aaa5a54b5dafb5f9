import { useAppStore, useMetric, useMissing } from '../../store';
import { BarList, ChartFrame, Histogram, StackedBar, TrendChart } from '../charts';
import { formatCount, formatHours, formatPercent } from '../common/format';
import { useInteractive } from '../common/interactive';
import { BENCHMARKS } from './benchmarks';
import { count, pct } from './format-metric';
import { NotesControl } from './NotesControl';
import { RedirectList } from './RedirectList';
import { SpeedToLead } from './SpeedToLead';
import { WorkingClock } from './WorkingClock';
import { Tile } from './Tile';
import { ViewRoot } from './ViewRoot';

const hours = (n: number | null | undefined) => (n == null ? null : formatHours(n));
/** Bin edges are round numbers: 0 h, 12 h, 3 d. */
const edge = (h: number) => (h < 72 ? `${h} h` : `${Math.round(h / 24)} d`);

/** How fast and how often leads are followed up: response times against the SLA, what waits, the trend. */
export function FollowUpView() {
  const slaHours = useAppStore((s) => s.definition.slaHours);
  const slaWorking = useAppStore((s) => s.definition.businessHours?.slaClock === 'working');
  const slaUnit = slaWorking ? 'working-hour' : 'h';
  const followUp = useMetric('followUp');
  const distribution = useMetric('responseDistribution');
  const trend = useMetric('cohortTrend');
  const notes = useAppStore((s) => s.notes);
  const removeNote = useAppStore((s) => s.removeNote);
  const interactive = useInteractive();
  const missing = {
    followUp: useMissing('followUp'),
    median: useMissing('followUp', 'medianResponseHours'),
    p90: useMissing('followUp', 'p90ResponseHours'),
    sla: useMissing('followUp', 'slaCompliance'),
    negative: useMissing('followUp', 'negativeResponses'),
  };
  const f = followUp.data;
  const loading = [followUp, distribution, trend].some((q) => q.loading);
  const sla = f && f.withinSla != null && f.breachedSla != null && f.pendingSla != null ? f : null;
  const bins = distribution.data?.bins ?? [];
  return (
    <ViewRoot name="follow-up" loading={loading}>
      <div className="tiles">
        <Tile
          label="median first response"
          testId="tile-median-first-response"
          value={hours(f?.medianResponseHours)}
          missing={missing.median}
          comparison={BENCHMARKS.response}
        />
        <Tile
          label="90th percentile response"
          testId="tile-p90-response"
          value={hours(f?.p90ResponseHours)}
          missing={missing.p90}
        />
        <Tile
          label={`within the ${slaHours} ${slaUnit} SLA`}
          testId="tile-within-sla"
          value={pct(f?.slaCompliance)}
          missing={missing.sla}
          comparison={BENCHMARKS.sla}
        />
        <Tile
          label="never followed up"
          testId="tile-never-followed-up"
          value={count(f?.neverFollowedUp)}
          missing={missing.followUp}
          gap
        />
        <Tile
          label="first touched before created (data errors, left out of response figures)"
          value={count(f?.negativeResponses)}
          missing={missing.negative}
        />
      </div>
      <WorkingClock />
      <div className="view-grid">
        {sla && (
          <ChartFrame
            title={`${formatPercent(sla.slaCompliance ?? 0)} SLA compliance: ${formatCount(sla.withinSla ?? 0)} leads within ${slaHours} ${slaWorking ? 'working hours' : 'h'}, ${formatCount(sla.breachedSla ?? 0)} breached`}
            subtitle={`Compliance counts leads within the SLA against leads within or breached. ${formatCount(sla.pendingSla ?? 0)} pending (untouched, younger than the SLA at the as-of date) and status-only follow-up (no time) are left out.`}
            name="sla"
            testId="chart-sla"
            rows={[
              { outcome: 'Within SLA', leads: sla.withinSla ?? 0 },
              { outcome: 'Breached', leads: sla.breachedSla ?? 0 },
              { outcome: 'Pending', leads: sla.pendingSla ?? 0 },
            ]}
            columns={[
              { key: 'outcome', label: 'SLA outcome' },
              { key: 'leads', label: 'Leads', numeric: true, format: formatCount },
            ]}
          >
            {/* The bar splits what compliance counts (within + breached), so its share is the title's. */}
            <StackedBar
              label="Leads within or past the SLA"
              segments={[
                { key: 'within', label: 'Within SLA', value: sla.withinSla ?? 0 },
                { key: 'breached', label: 'Breached', value: sla.breachedSla ?? 0, tone: 'gap' },
              ]}
            />
          </ChartFrame>
        )}
        {f?.untouchedByAge && (
          <ChartFrame
            title={`${formatCount(f.neverFollowedUp ?? 0)} leads are waiting for a first follow-up`}
            subtitle="Untouched leads by age at the as-of date."
            name="untouched-by-age"
            testId="chart-untouched"
            rows={f.untouchedByAge}
            columns={[
              { key: 'bucket', label: 'Age' },
              { key: 'count', label: 'Leads', numeric: true, format: formatCount },
            ]}
          >
            <BarList
              data={f.untouchedByAge.map((b) => ({ category: b.bucket, value: b.count }))}
              valueLabel="Untouched leads"
              sort={false}
            />
          </ChartFrame>
        )}
      </div>
      {bins.length > 0 && (
        <ChartFrame
          title={`Median first response: ${hours(f?.medianResponseHours) ?? 'unknown'}`}
          subtitle={`Hours from lead to first touch; bars past the ${slaHours} h SLA in the accent.`}
          name="response-times"
          testId="chart-response"
          rows={bins.map((b) => ({
            range:
              b.toHours == null
                ? `${formatHours(b.fromHours)}+`
                : `${formatHours(b.fromHours)}–${formatHours(b.toHours)}`,
            leads: b.count,
          }))}
          columns={[
            { key: 'range', label: 'First response' },
            { key: 'leads', label: 'Leads', numeric: true, format: formatCount },
          ]}
        >
          <Histogram
            bins={bins.map((b) => ({
              label: b.toHours == null ? `${edge(b.fromHours)}+` : edge(b.fromHours),
              from: b.fromHours,
              count: b.count,
            }))}
            threshold={slaHours}
            thresholdLabel={`SLA ${slaHours} h`}
            valueLabel="Leads"
            withinLabel="Within SLA"
            pastLabel="Past SLA"
            xLabel="Hours from lead to first touch"
          />
        </ChartFrame>
      )}
      <SpeedToLead />
      {trend.data && trend.data.length > 0 && (
        <ChartFrame
          title="Follow-up and lead-to-win by the month leads arrived"
          name="monthly-trend"
          testId="chart-trend"
          rows={trend.data}
          columns={[
            { key: 'month', label: 'Month' },
            { key: 'leads', label: 'Leads', numeric: true, format: formatCount },
            { key: 'followUpRate', label: 'Followed up', numeric: true, format: formatPercent },
            { key: 'leadToWin', label: 'Lead-to-win', numeric: true, format: formatPercent },
          ]}
        >
          <TrendChart
            data={trend.data.map((row) => ({
              period: row.month,
              values: { followUp: row.followUpRate, leadToWin: row.leadToWin },
            }))}
            series={[
              { key: 'followUp', label: 'Followed up' },
              { key: 'leadToWin', label: 'Lead-to-win', gap: true },
            ]}
            notes={notes}
            onRemoveNote={interactive ? removeNote : undefined}
          />
          <NotesControl latestMonth={trend.data.at(-1)?.month ?? null} />
        </ChartFrame>
      )}
      <RedirectList />
    </ViewRoot>
  );
}
