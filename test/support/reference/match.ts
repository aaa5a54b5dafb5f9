import type { RefDeal, RefLead } from './model';

/** DESIGN.md: by lead_id, else email, else company (trimmed, case-insensitive); the latest lead created
 * at or before the deal's created (else closed) date, else the earliest lead. Ties: first in the file. */
export function matchDeals(leads: RefLead[], deals: RefDeal[]): Map<number, number> {
  const norm = (v: string | null) => (v ?? '').trim().toLowerCase();
  const rules = (['lead_id', 'email', 'company'] as const).map((field) => {
    const index = new Map<string, RefLead[]>();
    for (const lead of leads) {
      const k = norm(lead[field]);
      if (k !== '') index.set(k, [...(index.get(k) ?? []), lead]);
    }
    return { field, index };
  });
  const match = new Map<number, number>();
  for (const deal of deals) {
    const at = deal.created_at ?? deal.closed_at;
    for (const { field, index } of rules) {
      const candidates = norm(deal[field]) === '' ? [] : (index.get(norm(deal[field])) ?? []);
      if (candidates.length === 0) continue;
      let best: RefLead | null = null;
      for (const lead of candidates) {
        if (at === null || lead.created_at === null || lead.created_at > at) continue;
        if (best === null || (best.created_at ?? 0) < lead.created_at) best = lead;
      }
      if (best === null) {
        for (const lead of candidates) {
          const c = lead.created_at ?? Infinity;
          if (best === null || c < (best.created_at ?? Infinity)) best = lead;
        }
      }
      if (best) match.set(deal.key, best.key);
      break;
    }
  }
  return match;
}
