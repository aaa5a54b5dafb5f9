import { ARRIVED } from '../../lib/metrics/filters';
import { useAppStore, useMetric } from '../../store';
import { formatCount, formatHours, formatPercent } from '../common/format';
import { hoursWords } from '../shell/working-hours-draft';

/**
 * How much of the delay is the clock and how much the rep (issue 20): the median first response by
 * the clock beside the same in working hours, and the leads that came in after hours. Shown only
 * with working hours set in the lead definition.
 */
export function WorkingClock() {
  const within = useAppStore((s) => s.speedWithinMinutes);
  const speed = useMetric('speedToLead', within);
  const followUp = useMetric('followUp');
  const segments = useMetric('byDimension', ARRIVED);
  const hours = speed.data?.businessHours;
  if (!hours) return null;
  const leads = (speed.data?.bands ?? []).reduce((sum, band) => sum + (band.leads ?? 0), 0);
  const clock = followUp.data?.medianResponseHours ?? null;
  const working = hours.medianWorkingHours;
  const afterShare = leads > 0 ? hours.afterHoursLeads / leads : null;
  return (
    <section className="card working-clock" aria-labelledby="working-clock-title" data-testid="working-clock">
      <h2 id="working-clock-title">
        {clock !== null && working !== null
          ? `Median first response: ${formatHours(clock)} by the clock, ${formatHours(working).replace(/ h$/, ' working hours').replace(/ d$/, ' working days')}`
          : 'Response time on the working clock'}
      </h2>
      <p className="muted small">
        Working hours: {hoursWords(hours)}. The SLA is judged on{' '}
        {hours.slaClock === 'working' ? 'working hours' : 'the clock (every hour counts)'}.
      </p>
      <dl className="working-clock-figures">
        <div>
          <dt>Median, working hours</dt>
          <dd className="num" data-testid="median-working-hours">
            {working === null ? 'not in your data' : formatHours(working)}
          </dd>
        </div>
        <div>
          <dt>Median, by the clock</dt>
          <dd className="num">{clock === null ? 'not in your data' : formatHours(clock)}</dd>
        </div>
        <div>
          <dt>Came in after hours</dt>
          <dd className="num" data-testid="after-hours-leads">
            {formatCount(hours.afterHoursLeads)}
            {afterShare !== null ? ` (${formatPercent(afterShare)})` : ''}
          </dd>
        </div>
      </dl>
      {(segments.data ?? []).length > 0 && (
        <table className="working-clock-segments" data-testid="arrived-segments">
          <caption className="small muted">Follow-up by when the lead came in (filter on “Arrived”)</caption>
          <thead>
            <tr>
              <th scope="col">Arrived</th>
              <th scope="col" className="num">
                Leads
              </th>
              <th scope="col" className="num">
                Followed up
              </th>
            </tr>
          </thead>
          <tbody>
            {(segments.data ?? []).map((row) => (
              <tr key={row.value}>
                <th scope="row">{row.value}</th>
                <td className="num">{formatCount(row.leads)}</td>
                <td className="num">{row.followUpRate === null ? '—' : formatPercent(row.followUpRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {clock !== null && working !== null && clock > working && (
        <p className="small">
          Of the median wait, {formatHours(clock - working)} is nights, weekends and holidays;{' '}
          {formatHours(working)} is working time the rep had.
        </p>
      )}
    </section>
  );
}
