/**
 * The canonical data model (DESIGN.md): the fields an upload is mapped onto and their value types.
 * Each field's `synonyms` are the header keys (see `normaliseHeader`) real exports write for it, best
 * first: an earlier synonym wins a header over a later one. They are read from the CRMs' header
 * lists in ./headers, where each CRM's headers are written as in its exports.
 */
import { synonymsOf, type DealField, type LeadField } from './headers';

export type TableKind = 'leads' | 'deals';
/** `currency`: an ISO code (or '$') read from a currency column or the amounts (currency.ts). */
export type ValueType = 'text' | 'timestamp' | 'number' | 'boolean' | 'outcome' | 'currency';

export interface FieldSpec {
  name: string;
  label: string;
  type: ValueType;
  synonyms: readonly string[];
}

const lead = (name: LeadField, label: string, type: ValueType): FieldSpec => ({
  name,
  label,
  type,
  synonyms: synonymsOf('leads', name),
});

const deal = (name: DealField, label: string, type: ValueType): FieldSpec => ({
  name,
  label,
  type,
  synonyms: synonymsOf('deals', name),
});

export const LEAD_FIELDS: readonly FieldSpec[] = [
  lead('lead_id', 'Lead ID', 'text'),
  lead('created_at', 'Created', 'timestamp'),
  lead('source', 'Source', 'text'),
  lead('campaign', 'Campaign', 'text'),
  lead('owner', 'Owner (rep)', 'text'),
  lead('status', 'Status', 'text'),
  lead('first_touch_at', 'First follow-up', 'timestamp'),
  lead('touches', 'Sales touches', 'number'),
  lead('last_touch_at', 'Last activity', 'timestamp'),
  lead('qualified_at', 'Qualified (SQL)', 'timestamp'),
  lead('converted_at', 'Converted', 'timestamp'),
  lead('converted', 'Converted (yes/no)', 'boolean'),
  lead('email', 'Email', 'text'),
  lead('company', 'Company', 'text'),
  // An id, never a name: names stay on `company`. Deals link to leads through it too.
  lead('company_id', 'Company ID', 'text'),
  // The deal a lead became or is associated with (Salesforce's "Converted Opportunity ID", HubSpot's
  // "Associated Deal IDs"): a deal links to the lead through its own id. Not `deal_id`, which
  // would make a deals sheet look like leads (workbook-sheets.ts).
  lead('converted_deal_id', 'Deal ID (the lead’s deal)', 'text'),
];

export const DEAL_FIELDS: readonly FieldSpec[] = [
  deal('deal_id', 'Deal ID', 'text'),
  deal('lead_id', 'Lead ID', 'text'),
  deal('email', 'Email', 'text'),
  deal('company', 'Company', 'text'),
  deal('company_id', 'Company ID', 'text'),
  deal('created_at', 'Opened', 'timestamp'),
  deal('closed_at', 'Closed', 'timestamp'),
  deal('outcome', 'Outcome (stage)', 'outcome'),
  deal('amount', 'Amount', 'number'),
  deal('currency', 'Currency', 'currency'),
  deal('owner', 'Owner (rep)', 'text'),
  deal('source', 'Source', 'text'),
  deal('loss_reason', 'Loss reason', 'text'),
];

export function fieldsOf(kind: TableKind): readonly FieldSpec[] {
  return kind === 'leads' ? LEAD_FIELDS : DEAL_FIELDS;
}

export function fieldSpec(kind: TableKind, name: string): FieldSpec | undefined {
  return fieldsOf(kind).find((field) => field.name === name);
}
