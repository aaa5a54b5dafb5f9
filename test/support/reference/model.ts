/** The reference's input and configuration shapes: typed lead and deal rows, and which headers hold them. */

export type Filters = {
  createdFrom?: string | undefined;
  createdTo?: string | undefined;
  dimensions?: Partial<Record<string, string[]>> | undefined;
};
export interface Definition {
  slaHours: number;
  asOf: string | null;
  untouchedStatuses: string[];
  qualifiedStatuses: string[];
}

export const BLANK = '(blank)';
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export interface RefLead {
  key: number;
  lead_id: string | null;
  created_at: number | null;
  source: string | null;
  campaign: string | null;
  owner: string | null;
  status: string | null;
  first_touch_at: number | null;
  touches: number | null;
  last_touch_at: number | null;
  qualified_at: number | null;
  converted_at: number | null;
  converted: boolean | null;
  email: string | null;
  company: string | null;
  extra: Record<string, string | null>;
}

export interface RefDeal {
  key: number;
  deal_id: string | null;
  lead_id: string | null;
  email: string | null;
  company: string | null;
  created_at: number | null;
  closed_at: number | null;
  outcome: 'won' | 'lost' | 'open' | null;
  amount: number | null;
  owner: string | null;
  source: string | null;
  loss_reason: string | null;
}

/** Which header of the file holds each field (absent: the file does not have it). */
export interface LeadSpec {
  path: string;
  columns: Partial<Record<Exclude<keyof RefLead, 'key' | 'extra'>, string>>;
  /** Extra dimension name (`x_…`) → header. */
  extras?: Record<string, string>;
}
export interface DealSpec {
  path: string;
  columns: Partial<Record<Exclude<keyof RefDeal, 'key'>, string>>;
}

export interface RefData {
  leads: RefLead[];
  deals: RefDeal[];
  /** deal key → lead key */
  match: Map<number, number>;
  known: { leads: Set<string>; deals: Set<string>; closedWonOnly: boolean };
}

export const LEAD_TIMES = [
  'created_at',
  'first_touch_at',
  'last_touch_at',
  'qualified_at',
  'converted_at',
] as const;
