/** Reads the lead and deal CSVs into typed rows and matches the deals to the leads. */
import { matchDeals } from './match';
import type { DealSpec, LeadSpec, RefData, RefDeal, RefLead } from './model';
import { parseCsv, parseDate, parseNumber, parseOutcome, parseYesNo, type Raw, txt } from './parse';

export function loadReference(spec: { leads?: LeadSpec; deals?: DealSpec }): RefData {
  const leads: RefLead[] = [];
  const deals: RefDeal[] = [];
  const known = { leads: new Set<string>(), deals: new Set<string>(), closedWonOnly: false };
  if (spec.leads) {
    const c = spec.leads.columns;
    for (const f of Object.keys(c)) known.leads.add(f);
    const get = (row: Raw, f: keyof typeof c) => (c[f] === undefined ? undefined : row[c[f] ?? '']);
    parseCsv(spec.leads.path).forEach((row, i) => {
      leads.push({
        key: i,
        lead_id: txt(get(row, 'lead_id')),
        created_at: parseDate(get(row, 'created_at')),
        source: txt(get(row, 'source')),
        campaign: txt(get(row, 'campaign')),
        owner: txt(get(row, 'owner')),
        status: txt(get(row, 'status')),
        first_touch_at: parseDate(get(row, 'first_touch_at')),
        touches: parseNumber(get(row, 'touches')),
        last_touch_at: parseDate(get(row, 'last_touch_at')),
        qualified_at: parseDate(get(row, 'qualified_at')),
        converted_at: parseDate(get(row, 'converted_at')),
        converted: parseYesNo(get(row, 'converted')),
        email: txt(get(row, 'email')),
        company: txt(get(row, 'company')),
        extra: Object.fromEntries(Object.entries(spec.leads?.extras ?? {}).map(([n, h]) => [n, txt(row[h])])),
      });
    });
  }
  if (spec.deals) {
    const c = spec.deals.columns;
    for (const f of Object.keys(c)) known.deals.add(f);
    if (c.outcome === undefined) {
      known.deals.add('outcome');
      known.closedWonOnly = true;
    }
    const get = (row: Raw, f: keyof typeof c) => (c[f] === undefined ? undefined : row[c[f] ?? '']);
    parseCsv(spec.deals.path).forEach((row, i) => {
      deals.push({
        key: i,
        deal_id: txt(get(row, 'deal_id')),
        lead_id: txt(get(row, 'lead_id')),
        email: txt(get(row, 'email')),
        company: txt(get(row, 'company')),
        created_at: parseDate(get(row, 'created_at')),
        closed_at: parseDate(get(row, 'closed_at')),
        outcome: c.outcome === undefined ? 'won' : parseOutcome(get(row, 'outcome')),
        amount: parseNumber(get(row, 'amount')),
        owner: txt(get(row, 'owner')),
        source: txt(get(row, 'source')),
        loss_reason: txt(get(row, 'loss_reason')),
      });
    });
  }
  return { leads, deals, match: matchDeals(leads, deals), known };
}
