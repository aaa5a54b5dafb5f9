import type { CrmHeaders } from './types';

/**
 * Zoho CRM's module exports: field labels as column names, each lookup followed by its id as
 * "<Lookup>.id" ("Account Name.id"), record ids written "zcrm_…". Report exports write dates as the
 * user's profile does ("Mar 4, 2025 09:46 AM").
 */
export const zoho: CrmHeaders = {
  crm: 'Zoho CRM',
  sources: [
    'https://zoho.com/crm/developer/docs/api/v2/leads-response.html (Owner, Company, Last_Activity_Time, Lead_Source, Lead_Status)',
    'https://cdn.cdata.com/help/CZM/odbc/pg_v2.1table-leads.htm',
    'public code writing a Zoho deals export template: "Record Id", "Deal Owner.id", "Closing Date", "Account Name.id", "Contact Name.id", "Last Activity Time", "Reason For Loss"',
  ],
  leads: {
    lead_id: ['Record Id', 'Lead Id'],
    created_at: ['Created Time'],
    source: ['Lead Source'],
    owner: ['Lead Owner', 'Contact Owner'],
    status: ['Lead Status'],
    last_touch_at: ['Last Activity Time'],
    email: ['Email'],
    company: ['Company', 'Account Name'],
    company_id: ['Account Name.id'],
  },
  deals: {
    deal_id: ['Record Id'],
    // The deal's contact: a Contacts export's "Record Id".
    lead_id: ['Contact Name.id'],
    company: ['Account Name'],
    company_id: ['Account Name.id'],
    created_at: ['Created Time'],
    closed_at: ['Closing Date'],
    outcome: ['Stage'],
    amount: ['Amount'],
    currency: ['Currency'],
    owner: ['Deal Owner'],
    source: ['Lead Source'],
    loss_reason: ['Reason For Loss'],
  },
};
