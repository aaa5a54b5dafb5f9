import type { CrmHeaders } from './types';

/**
 * Pipedrive's spreadsheet exports: "<Entity> - <Field>" columns, the related person's and
 * organization's fields beside the deal's. "Deal - Organization" and "Deal - Contact person" hold
 * names; the ids come as "Organization - ID" and "Person - ID".
 */
export const pipedrive: CrmHeaders = {
  crm: 'Pipedrive',
  sources: [
    'github trackit/crm-pipedrive2ace src/migration/datastructures/PipedriveDeal.ts (deal fields)',
    'public code reading Pipedrive exports: "Deal - Won time", "Deal - Lost time", "Deal - Add time", "Deal - Contact person", "Person - ID", "Person - Person created", "Organization - ID"',
  ],
  leads: {
    lead_id: ['Lead - ID', 'Person - ID'],
    created_at: ['Lead - Lead created', 'Lead - Created', 'Person - Person created'],
    source: ['Lead - Source channel', 'Lead - Source'],
    owner: ['Lead - Owner', 'Person - Owner'],
    touches: ['Person - Done activities'],
    last_touch_at: ['Person - Last activity date'],
    email: ['Person - Email', 'Person - Email - Work'],
    company: ['Organization - Name', 'Person - Organization'],
    company_id: ['Organization - ID'],
  },
  deals: {
    deal_id: ['Deal - ID'],
    // "Deal - Person ID" is the same link under the deal's prefix (not seen in a real file yet).
    lead_id: ['Person - ID', 'Deal - Person ID'],
    email: ['Person - Email', 'Person - Email - Work'],
    company: ['Organization - Name', 'Deal - Organization'],
    company_id: ['Organization - ID'],
    created_at: ['Deal - Deal created', 'Deal - Add time'],
    // "Deal closed on" holds won and lost deals' dates, "Won time" won deals' only. The expected
    // close date is a forecast: only when no real close time is in the file.
    closed_at: [
      'Deal - Deal closed on',
      'Deal - Won time',
      'Deal - Closed on',
      'Deal - Close time',
      'Deal - Expected close date',
    ],
    outcome: ['Deal - Status'],
    amount: ['Deal - Value'],
    currency: ['Deal - Currency', 'Deal - Currency of Value', 'Currency of Value', 'Currency'],
    owner: ['Deal - Owner'],
    source: ['Deal - Source channel', 'Deal - Source', 'Deal - Lead Source'],
    loss_reason: ['Deal - Lost reason'],
  },
};
