import type { CrmHeaders } from './types';

/** Copper's lead and opportunity exports: the default fields' labels. */
export const copper: CrmHeaders = {
  crm: 'Copper',
  sources: [
    'https://support.copper.com/en/articles/8823254-default-fields-for-all-records (lead fields: Company, Owner, Value, Email, Status, Source)',
    'github hull/hull-connectors packages/connectors/hull-coppercrm/server/fields/opportunity_fields.js (Company Id, Close Date, Loss Reason Name, Primary Contact Id)',
  ],
  leads: {
    created_at: ['Date Created'],
    source: ['Source'],
    owner: ['Owner'],
    status: ['Status'],
    touches: ['Interaction Count'],
    last_touch_at: ['Last Contacted'],
    email: ['Email', 'Work Email'],
    company: ['Company'],
  },
  deals: {
    lead_id: ['Primary Contact Id'],
    email: ['Primary Contact Email'],
    company: ['Company', 'Company Name'],
    company_id: ['Company Id'],
    created_at: ['Date Created'],
    closed_at: ['Close Date'],
    // "Stage" is the pipeline stage: an outcome only when no status is exported.
    outcome: ['Status', 'Stage'],
    amount: ['Value', 'Monetary Value'],
    owner: ['Owner'],
    source: ['Source'],
    loss_reason: ['Loss Reason', 'Loss Reason Name'],
  },
};
