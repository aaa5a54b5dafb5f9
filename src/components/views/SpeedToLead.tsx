import { speedAsKnown, type SpeedBand } from '../../lib/metrics';
import { useAppStore, useCurrencyMix, useMetric, useMissing } from '../../store';
import { BarList, ChartFrame } from '../charts';
import { formatCount, formatMoney, formatPercent } from '../common/format';
import { useUnlinkedRevenue } from './revenue-linked';
import { SpeedValue } from './SpeedValue';
import { BAND_LABELS, STUDIES, speedBasis, speedFinding } from './speed-words';

/**
 * "What speed is worth": outcomes by response-time band (lib/metrics/speed-to-lead.ts), the studies
 * beside them with what each measured, and the value of answering faster.
 */
export function SpeedToLead() {
  const within = useAppStore((s) => s.speedWithinMinutes);
  const currency = useAppStore((s) => s.calculator.currency);
  const query = useMetric('speedToLead', within);
  const missing = useMissing('speedToLead');
  const unlinked = useUnlinkedRevenue();
  const mix = useCurrencyMix();
  const speed = speedAsKnown(query.data ?? null, within, {
    unlinked: unlinked !== null,
    mixed: mix?.mixed ?? false,
  });
  if (!speed) {
    return missing ? (
      <section className="card" aria-labelledby="speed-missing">
        <h3 id="speed-missing">What speed is worth</h3>
        <p className="muted">{missing}</p>
      </section>
    ) : null;
  }
  const basis = speedBasis(speed.bands);
  const finding = speedFinding(speed.bands);
  const timedUnknown = speed.bands.some((b) => b.leads === null);
  const rateOf = (b: SpeedBand) => (basis === 'won' ? b.leadToWin : b.qualifiedRate);
  const money = (v: number) => formatMoney(v, currency);
  const shown = speed.bands.filter((b) => b.band !== 'never' && b.leads !== null);
  return (
    <>
      <ChartFrame
        title={finding.title}
        subtitle={
          timedUnknown
            ? 'Needs a first-touch time (e.g. “First Call Date Time”) to place leads by how fast they were answered.'
            : `${basis === 'won' ? 'Lead-to-win' : 'Qualified rate'} by time from lead to first touch, with its 95% interval. ${basis === 'qualified' ? 'No won deals link to these leads: qualification stands in.' : ''}`
        }
        name="speed-to-lead"
        testId="chart-speed"
        defaultShowTable={timedUnknown}
        rows={speed.bands.map((b) => ({ ...b, label: BAND_LABELS[b.band] }))}
        columns={[
          { key: 'label', label: 'First response' },
          { key: 'leads', label: 'Leads', numeric: true, format: formatCount },
          { key: 'share', label: 'Share', numeric: true, format: formatPercent },
          { key: 'qualified', label: 'Qualified', numeric: true, format: formatCount },
          { key: 'qualifiedRate', label: 'Qualified rate', numeric: true, format: formatPercent },
          { key: 'wonLeads', label: 'Won leads', numeric: true, format: formatCount },
          { key: 'leadToWin', label: 'Lead-to-win', numeric: true, format: formatPercent },
          { key: 'leadToWinLow', label: 'Low (95%)', numeric: true, format: formatPercent },
          { key: 'leadToWinHigh', label: 'High (95%)', numeric: true, format: formatPercent },
          { key: 'revenuePerLead', label: 'Revenue per lead', numeric: true, format: money },
        ]}
        note={
          <div className="speed-studies">
            <p>
              <strong>The studies, for comparison</strong> (they measured qualification, not revenue, and at
              firms unlike yours):
            </p>
            <ul>
              {STUDIES.map((study) => (
                <li key={study.name} data-testid="speed-study">
                  <strong>{study.name}</strong>: {study.finding} <em>Measured</em> {study.measured};{' '}
                  {study.sample}.
                </li>
              ))}
            </ul>
          </div>
        }
      >
        {basis !== null && !timedUnknown ? (
          <BarList
            data={shown.map((b) => ({
              category: `${BAND_LABELS[b.band]} (${formatCount(b.leads ?? 0)})`,
              value: rateOf(b) ?? 0,
            }))}
            valueLabel={basis === 'won' ? 'Lead-to-win' : 'Qualified rate'}
            format={formatPercent}
            sort={false}
          />
        ) : (
          <p className="muted small">
            {speed.bands.find((b) => b.band === 'unknown')?.leads ?? 0} leads followed up at an unknown time,{' '}
            {speed.bands.find((b) => b.band === 'never')?.leads ?? 0} never followed up.
          </p>
        )}
      </ChartFrame>
      <SpeedValue speed={speed} currency={currency} />
    </>
  );
}
