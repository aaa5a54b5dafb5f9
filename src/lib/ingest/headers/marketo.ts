import type { CrmHeaders } from './types';

/** Marketo lead (person) exports from a smart list: field display names. */
export const marketo: CrmHeaders = {
  crm: 'Marketo',
  sources: ['Marketo person fields as exported from a smart list (display names)'],
  leads: {
    lead_id: ['Id'],
    created_at: ['Created At'],
    source: ['Lead Source', 'Original Source Type'],
    campaign: ['Acquisition Program'],
    status: ['Lead Status'],
    email: ['Email Address'],
    company: ['Company Name'],
  },
  deals: {},
};
