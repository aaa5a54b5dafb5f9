/**
 * The export headers of every CRM LeadGap knows, as data: one file per CRM, each listing the headers
 * its exports write for each canonical field, in that CRM's order of preference. To add a CRM, add
 * its file and put it in `CRMS`.
 *
 * A field's synonyms are all the CRMs' headers in one order that keeps every CRM's own order (its
 * first choice beats its second); between headers no CRM orders, an earlier place in a CRM's list
 * wins, then an earlier CRM. Bare words ("Status", "Owner", "Value", "Id") come after every header
 * not ordered before them: a specific header beats a generic one. Two CRMs that order the same two
 * headers both ways are a contradiction, reported when the model loads.
 */
import { activecampaign } from './activecampaign';
import { bitrix24 } from './bitrix24';
import { capsule } from './capsule';
import { close } from './close';
import { copper } from './copper';
import { crmSalesOpportunities, leadScoring, olist } from './datasets';
import { dynamics } from './dynamics';
import { forms } from './forms';
import { freshsales } from './freshsales';
import { hubspot } from './hubspot';
import { insightly } from './insightly';
import { keap } from './keap';
import { localized } from './localized';
import { marketo } from './marketo';
import { odoo } from './odoo';
import { pipedrive } from './pipedrive';
import { salesforce } from './salesforce';
import { spreadsheet } from './spreadsheet';
import { suitecrm } from './suitecrm';
import type { CrmHeaders, FieldsOfKind, HeaderKind } from './types';
import { vtiger } from './vtiger';
import { zoho } from './zoho';

export type { CrmHeaders, DealField, FieldsOfKind, HeaderKind, LeadField } from './types';

export const CRMS: readonly CrmHeaders[] = [
  hubspot,
  salesforce,
  pipedrive,
  zoho,
  dynamics,
  freshsales,
  close,
  copper,
  activecampaign,
  keap,
  marketo,
  bitrix24,
  odoo,
  insightly,
  suitecrm,
  vtiger,
  capsule,
  olist,
  crmSalesOpportunities,
  leadScoring,
  localized,
  forms,
  spreadsheet,
];

/**
 * Case-, space-, accent- and punctuation-insensitive key: "Lead Owner" and "lead_owner" →
 * "leadowner". The same key as automap's `normaliseHeader` (a test holds them equal); it lives here
 * too because automap reads the fields, which read these headers.
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Keys of the bare words that name a field only when nothing more specific does. */
const GENERIC = new Set(['id', 'status', 'owner', 'value', 'source', 'date', 'timestamp']);

interface Place {
  generic: number;
  position: number;
  list: number;
}

const before = (a: Place, b: Place) => a.generic - b.generic || a.position - b.position || a.list - b.list;

/**
 * One order of the keys that keeps each list's order (see the module comment). Throws, naming the
 * keys, when the lists contradict each other.
 */
export function preferenceOrder(lists: readonly (readonly string[])[], what: string): string[] {
  const places = new Map<string, Place>();
  const followers = new Map<string, Set<string>>();
  const waiting = new Map<string, number>();
  lists.forEach((list, index) => {
    const keys = [...new Set(list)];
    keys.forEach((key, position) => {
      const place = { generic: GENERIC.has(key) ? 1 : 0, position, list: index };
      const known = places.get(key);
      if (!known || before(place, known) < 0) places.set(key, place);
      if (!waiting.has(key)) waiting.set(key, 0);
      const previous = keys[position - 1];
      if (previous === undefined) return;
      const next = followers.get(previous) ?? new Set<string>();
      if (!next.has(key)) waiting.set(key, (waiting.get(key) ?? 0) + 1);
      followers.set(previous, next.add(key));
    });
  });
  const order: string[] = [];
  const free = () => [...waiting].filter(([, n]) => n === 0).map(([key]) => key);
  for (let ready = free(); ready.length > 0; ready = free()) {
    const [key] = ready.sort((a, b) => before(places.get(a) as Place, places.get(b) as Place));
    if (key === undefined) break;
    order.push(key);
    waiting.delete(key);
    for (const next of followers.get(key) ?? []) waiting.set(next, (waiting.get(next) ?? 1) - 1);
  }
  if (waiting.size > 0) {
    throw new Error(
      `The CRMs' header preferences for ${what} contradict each other: ${[...waiting.keys()].join(', ')}`,
    );
  }
  return order;
}

function headersOf(crm: CrmHeaders, kind: HeaderKind, field: string): readonly string[] {
  const lists: Partial<Record<string, readonly string[]>> = crm[kind];
  return lists[field] ?? [];
}

/** The keys of a field's headers, best first: what `FieldSpec.synonyms` holds. */
export function synonymsOf<K extends HeaderKind>(kind: K, field: FieldsOfKind[K]): string[] {
  const lists = CRMS.map((crm) => headersOf(crm, kind, field).map(headerKey));
  return preferenceOrder(lists, `${kind}.${field}`);
}
