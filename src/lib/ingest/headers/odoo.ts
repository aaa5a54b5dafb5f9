import type { CrmHeaders } from './types';

/**
 * Odoo CRM exports (crm.lead, leads and opportunities alike): the fields' labels. A lost
 * opportunity keeps its stage and is archived with a "Lost Reason" (transform.ts reads it as lost).
 */
export const odoo: CrmHeaders = {
  crm: 'Odoo CRM',
  sources: ['github OCA/OCB addons/crm/models/crm_lead.py (field strings)'],
  leads: {
    created_at: ['Created on'],
    source: ['Source'],
    campaign: ['Campaign'],
    owner: ['Salesperson'],
    email: ['Email'],
    company: ['Company Name', 'Customer'],
  },
  deals: {
    email: ['Email'],
    company: ['Customer'],
    created_at: ['Created on'],
    closed_at: ['Closed Date'],
    outcome: ['Stage'],
    // Odoo's "Expected Revenue" is the deal's amount; Zoho's and Salesforce's is the amount times
    // the probability, so a file's own "Amount" comes first.
    amount: ['Amount', 'Expected Revenue'],
    owner: ['Salesperson'],
    source: ['Source'],
    loss_reason: ['Lost Reason'],
  },
};
