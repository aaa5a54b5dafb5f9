import { HISTORY_DAYS } from './calendar.mjs';
import { UNMATCHED_A, UNMATCHED_B } from './companies.mjs';
import { csv, salesforceId, slug } from './format.mjs';
import { LOST_REASONS, PRODUCTS, REPS } from './sales.mjs';

export const DEAL_HEADERS = [
  'Opportunity ID',
  'Lead ID',
  'Opportunity Name',
  'Account Name',
  'Email',
  'Opportunity Owner',
  'Lead Source',
  'Created Date',
  'Close Date',
  'Stage',
  'Amount',
  'Closed Lost Reason',
];

/**
 * The opportunities: one per converted lead, linked by Lead ID, e-mail or company name, and now and
 * then one that matches no lead. Rows go to `file` (an openCsv), counts to `stats`.
 * Construct after the leads: the ID base is the stream's next draw.
 */
export function makeDeals({ R, day, asOfDay, nLeads, stats, file }) {
  let dealSeq = 0;
  let matchedSinceUnmatched = 0;
  const dealIdStride = Math.max(1, Math.floor(800_000_000 / (nLeads * 0.2 + 10)));
  const dealIdBase = 1_500_000 + R.int(1000);
  const nextDealId = () =>
    salesforceId('0065e00000', dealIdBase + dealSeq++ * dealIdStride + R.int(dealIdStride));

  const amount = (source) => {
    let a = R.logNormal(source === 'Partner' || source === 'Trade Show' ? 16000 : 12000, 0.75);
    if (R.chance(0.015)) a *= 4 + R.next() * 12; // a few large deals
    a = Math.max(500, Math.round(a / 50) * 50);
    return a;
  };

  const writeDeal = (d) => {
    stats.deals++;
    if (d.stage === 'Closed Won') {
      stats.won++;
      stats.wonAmount += d.amount;
    } else if (d.stage === 'Closed Lost') stats.lost++;
    else stats.open++;
    file.add(
      `${d.id},${d.leadId},${csv(d.name)},${csv(d.account)},${d.email},${csv(d.owner)},` +
        `${d.source},${day(d.createdDay).text},${day(d.closeDay).text},${d.stage},` +
        `${d.amount.toFixed(2)},${d.lostReason}\n`,
    );
  };

  /** Outcome of an opportunity opened on `createdDay`, as seen on the as-of date. */
  const dealOutcome = (createdDay, winBoost) => {
    const cycle = Math.max(3, Math.round(R.logNormal(38, 0.6)));
    const closeDay = createdDay + cycle;
    if (closeDay <= asOfDay) {
      const won = R.chance(Math.min(0.85, 0.36 * winBoost));
      return {
        closeDay,
        stage: won ? 'Closed Won' : 'Closed Lost',
        lostReason: won ? '' : LOST_REASONS(R.next()).value,
      };
    }
    // Open: Close Date is the expected close date, in the future.
    const progress = (asOfDay - createdDay) / cycle;
    const stage =
      progress < 0.25
        ? 'Prospecting'
        : progress < 0.5
          ? 'Qualification'
          : progress < 0.75
            ? 'Proposal/Price Quote'
            : 'Negotiation/Review';
    return { closeDay, stage, lostReason: '' };
  };

  const unmatchedDeal = () => {
    const createdDay = asOfDay - HISTORY_DAYS + 30 + R.int(HISTORY_DAYS - 30);
    const account = `${R.pick(UNMATCHED_A)} ${R.pick(UNMATCHED_B)} ${R.pick(['Inc.', 'Ltd', 'LLC'])}`;
    const o = dealOutcome(createdDay, 1);
    stats.dealsUnmatched++;
    writeDeal({
      id: nextDealId(),
      leadId: '',
      name: `${account} - ${R.pick(PRODUCTS)}`,
      account,
      email: R.chance(0.5) ? `buyer@${slug(account.split(' ')[0])}.example` : '',
      owner: R.pick(REPS).name,
      source: R.pick(['', 'Partner', 'Referral']),
      createdDay,
      amount: amount(''),
      ...o,
    });
  };

  /** The deal of a converted lead (as makeLeads returns it). */
  return (lead) => {
    const { responseHours, src, rep, p, leadId, convertedDay } = lead;
    const winBoost =
      (responseHours < 1 ? 1.35 : responseHours < 24 ? 1.1 : 0.9) *
      (src.name === 'Referral' ? 1.3 : src.name === 'Partner' ? 1.15 : 1);
    const o = dealOutcome(convertedDay, winBoost);
    const r = R.next();
    const link = r < 0.93 ? 'id' : r < 0.98 ? 'email' : 'company';
    let account = p.company.name;
    if (link === 'company') {
      const c = R.next();
      if (c < 0.25) account = account.toUpperCase();
      else if (c < 0.5) account = account.toLowerCase();
      stats.dealsByCompany++;
    } else if (link === 'email') stats.dealsByEmail++;
    else stats.dealsByLeadId++;
    writeDeal({
      id: nextDealId(),
      leadId: link === 'id' ? leadId : '',
      name: `${p.company.name} - ${R.pick(PRODUCTS)}`,
      account,
      email: link === 'company' ? '' : p.email.toLowerCase(),
      owner: R.chance(0.06) ? R.pick(REPS).name : rep.name,
      source: src.name,
      createdDay: convertedDay,
      amount: amount(src.name),
      ...o,
    });
    // About 1% of deals match no lead at all (a company that never came in as a lead).
    if (++matchedSinceUnmatched >= 80 + R.int(40)) {
      matchedSinceUnmatched = 0;
      unmatchedDeal();
    }
  };
}
