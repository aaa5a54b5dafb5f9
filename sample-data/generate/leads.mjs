import { HISTORY_DAYS, makeClock, MIN_PER_DAY, MIN_PER_HOUR } from './calendar.mjs';
import { csv, salesforceId } from './format.mjs';
import { makePeople } from './people.mjs';
import { weighted } from './random.mjs';
import { MONTHS, REPS, SOURCES } from './sales.mjs';

export const LEAD_HEADERS = [
  'Lead ID',
  'Created Date',
  'Lead Source',
  'Campaign',
  'Lead Owner',
  'Lead Status',
  'First Call Date Time',
  'Number of times contacted',
  'Last Activity',
  'SQL Date',
  'Converted',
  'Email',
  'Company',
  'Industry',
  'Country',
];

const GROWTH = 2; // lead volume at the end is 1 + GROWTH times the volume at the start
const pickRep = weighted(REPS);
const pickSource = weighted(SOURCES);

/**
 * The leads, one call per row in date order: `lead(i)` returns the row's CSV text and what its deal
 * needs. Construct before makeDeals: the ID base is the stream's next draw.
 */
export function makeLeads({ R, day, asOfDay, nLeads, seed, stats }) {
  const { dateText, dateTimeText, workingHours } = makeClock(R, day);
  const nextPerson = makePeople(R, seed, nLeads);

  // Time window: leads arrive from `startMin` up to the end of the as-of day (the export moment).
  const endMin = (asOfDay + 1) * MIN_PER_DAY - 1; // 23:59 on the as-of date
  const startMin = (asOfDay - HISTORY_DAYS) * MIN_PER_DAY;
  const span = endMin - startMin;

  const leadIdStride = Math.max(1, Math.floor(800_000_000 / nLeads));
  const leadIdBase = 3_000_000 + R.int(1000);

  /** Created: stratified over a linearly growing density, so rows come out in date order. */
  const createdAt = (i) => {
    const u = (i + R.next()) / nLeads;
    const t = (-1 + Math.sqrt(1 + 2 * GROWTH * u * (1 + GROWTH / 2))) / GROWTH;
    let created = startMin + t * span;
    let createdDay = Math.floor(created / MIN_PER_DAY);
    // Fewer inquiries at weekends: most weekend form fills are really Friday's or Monday's.
    const wd = day(createdDay).weekday;
    if ((wd === 0 || wd === 6) && R.chance(0.6)) {
      createdDay += wd === 6 ? -1 : 1;
      if (createdDay > asOfDay) createdDay -= 3;
    }
    // Time of day: mostly working hours.
    const minuteOfDay = R.chance(0.78)
      ? 8 * 60 + Math.floor(R.next() * 10 * 60)
      : Math.floor(R.next() * MIN_PER_DAY);
    created = createdDay * MIN_PER_DAY + minuteOfDay;
    if (created > endMin) created = endMin - R.int(120);
    return created;
  };

  return (i) => {
    const created = createdAt(i);
    const createdDay = Math.floor(created / MIN_PER_DAY);
    const progress = (created - startMin) / span;

    const leadId = salesforceId('00Q5e00000', leadIdBase + i * leadIdStride + R.int(leadIdStride));
    const src = pickSource(R.next());
    const rep = pickRep(R.next());
    const p = nextPerson();
    const cd = day(createdDay);
    const campaign = R.pick(src.campaigns)
      .replace('{Y}', String(cd.year))
      .replace('{M}', MONTHS[cd.month])
      .replace('{Q}', String(1 + Math.floor(cd.month / 3)));

    // Follow-up
    const repFollowUp =
      rep.followUpEnd !== undefined
        ? rep.followUp + (rep.followUpEnd - rep.followUp) * progress
        : rep.followUp;
    const willFollowUp = R.chance(Math.min(0.98, repFollowUp * src.followUp));
    let firstCall = null; // minutes
    let responseHours = Infinity;
    let touched = false;
    let dataError = false;
    if (willFollowUp) {
      responseHours = R.logNormal(rep.medianHours, rep.sigma);
      const fc = workingHours(created + responseHours * MIN_PER_HOUR);
      if (fc <= endMin) {
        touched = true;
        firstCall = Math.floor(fc);
        responseHours = (firstCall - created) / MIN_PER_HOUR;
        if (R.chance(0.005)) {
          // Data error: first call logged before the lead was created (e.g. re-imported lead).
          firstCall = Math.floor(created - (30 + R.next() * 72 * 60));
          responseHours = 0.5;
          dataError = true;
        }
      }
    }

    let status;
    let touches = 0;
    let lastActivity = '';
    let sqlDate = '';
    let converted = false;
    let convertedDay = 0;
    if (!touched) {
      status = created > endMin - 3 * MIN_PER_DAY || R.chance(0.55) ? 'New' : 'Open - Not Contacted';
      stats.neverFollowedUp++;
    } else {
      stats.followedUp++;
      if (dataError) stats.firstCallBeforeCreated++;
      // Qualification is far likelier for leads called quickly.
      const speed = responseHours < 1 ? 2 : responseHours < 24 ? 1.25 : responseHours < 72 ? 0.85 : 0.5;
      const willQualify = R.chance(Math.min(0.9, src.qualify * speed));
      let sqlMin = null;
      if (willQualify) {
        sqlMin = firstCall + R.logNormal(4, 0.9) * MIN_PER_DAY;
        if (sqlMin > endMin) sqlMin = null;
      }
      touches = 1 + R.count(willQualify ? 3 : 1.2);
      let last = firstCall;
      for (let k = 1; k < touches; k++) last += R.logNormal(3, 0.8) * MIN_PER_DAY;
      if (sqlMin !== null && last < sqlMin) last = sqlMin + R.next() * MIN_PER_DAY;
      if (last > endMin) last = endMin - R.int(600);
      if (last < firstCall) last = firstCall;
      lastActivity = dateText(last);
      if (sqlMin !== null) {
        stats.qualified++;
        sqlDate = dateText(sqlMin);
        const convMin = sqlMin + R.next() * 8 * MIN_PER_DAY;
        if (R.chance(0.68) && convMin <= endMin) {
          converted = true;
          convertedDay = Math.max(createdDay + 1, Math.floor(convMin / MIN_PER_DAY));
          if (convertedDay > asOfDay) converted = false;
        }
        status = converted ? 'Closed - Converted' : 'Qualified';
      } else {
        const sinceCall = (endMin - firstCall) / MIN_PER_DAY;
        const r = R.next();
        status =
          sinceCall < 14 || r < 0.1
            ? 'Working - Contacted'
            : r < 0.45
              ? 'Nurturing'
              : r < 0.75
                ? 'Unqualified'
                : 'Closed - Not Converted';
      }
      // Some follow-up is logged as emails only: no call time, but touches and last activity.
      if (R.chance(0.04) && !dataError) {
        firstCall = null;
        stats.followedUpWithoutFirstCall++;
      }
    }
    if (converted) stats.converted++;
    if (src.name === '') stats.blankSource++;
    stats.leads++;

    const row =
      `${leadId},${dateTimeText(created)},${src.name},${csv(campaign)},${csv(rep.name)},${status},` +
      `${firstCall === null ? '' : dateTimeText(firstCall)},${touches},${lastActivity},${sqlDate},` +
      `${converted ? 1 : 0},${p.email},${csv(p.company.name)},${p.company.industry},` +
      `${p.company.country}\n`;
    return { row, converted, convertedDay, leadId, responseHours, src, rep, p };
  };
}
