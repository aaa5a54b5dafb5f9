import type { CrmHeaders } from './types';

/** Freshsales (Freshworks CRM) contact and deal exports: field labels, sentence case. */
export const freshsales: CrmHeaders = {
  crm: 'Freshsales',
  sources: [
    'https://support.freshsales.io/support/solutions/articles/222658-how-to-import-deals-from-csv-xlsx-file- (Deal name, Deal value, Account name)',
    'https://support.freshsales.io/support/solutions/articles/218558-how-to-import-contacts-from-a-csv-xlsx-file-',
    'https://support.freshdesk.com/support/solutions/articles/50000008811-how-to-configure-zapier-actions-in-freshsales- (Sales owner, Emails, Accounts)',
    'public code mapping Freshworks CRM fields to export headers (last_contacted → "Last contacted time")',
  ],
  leads: {
    created_at: ['Created at'],
    source: ['Lead source', 'Source'],
    campaign: ['Campaign'],
    owner: ['Sales owner', 'Owner'],
    // The sales status first: "Lifecycle stage" moves with marketing as much as with sales.
    status: ['Status', 'Lifecycle stage'],
    last_touch_at: ['Last contacted time', 'Last contacted'],
    email: ['Email', 'Emails'],
    company: ['Company name', 'Account name'],
  },
  deals: {
    company: ['Account name'],
    created_at: ['Created at'],
    closed_at: ['Closed date', 'Expected close date'],
    outcome: ['Deal stage'],
    amount: ['Deal value'],
    owner: ['Sales owner'],
    source: ['Source'],
    loss_reason: ['Lost reason'],
  },
};
