/**
 * The shape of one CRM's export headers: for each canonical field (fields.ts), the headers that
 * CRM's lead and deal exports write for it, as written in the file and in that CRM's order of
 * preference (the first wins when a file has several).
 */
export type LeadField =
  | 'lead_id'
  | 'created_at'
  | 'source'
  | 'campaign'
  | 'owner'
  | 'status'
  | 'first_touch_at'
  | 'touches'
  | 'last_touch_at'
  | 'qualified_at'
  | 'converted_at'
  | 'converted'
  | 'email'
  | 'company'
  | 'company_id'
  | 'converted_deal_id';

export type DealField =
  | 'deal_id'
  | 'lead_id'
  | 'email'
  | 'company'
  | 'company_id'
  | 'created_at'
  | 'closed_at'
  | 'outcome'
  | 'amount'
  | 'currency'
  | 'owner'
  | 'source'
  | 'loss_reason';

export interface FieldsOfKind {
  leads: LeadField;
  deals: DealField;
}

export type HeaderKind = keyof FieldsOfKind;

export type HeaderLists<F extends string> = Partial<Record<F, readonly string[]>>;

export type CrmHeaders = {
  /** The CRM, tool or dataset, as a user would name it. */
  crm: string;
  /** Where the header names were read (vendor documentation, public code reading real exports). */
  sources: readonly string[];
} & { [K in HeaderKind]: HeaderLists<FieldsOfKind[K]> };
