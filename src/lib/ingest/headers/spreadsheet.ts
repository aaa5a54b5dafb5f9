import type { CrmHeaders } from './types';

/**
 * Spreadsheets kept by hand, and exports whose CRM is not named: plain words ("Date", "Status",
 * "Value") and snake_case names. Bare words come last among a field's headers (index.ts).
 */
export const spreadsheet: CrmHeaders = {
  crm: 'Plain spreadsheet',
  sources: ['headers seen in hand-kept lead and deal sheets and in this project’s sample data'],
  leads: {
    lead_id: ['Id'],
    created_at: [
      'Created At',
      'Creation Date',
      'Lead Created Date',
      'Created',
      'Created Time',
      'Date Added',
      'Date',
    ],
    source: ['Source', 'Channel', 'UTM Source'],
    campaign: ['Campaign', 'Campaign Name', 'UTM Campaign'],
    owner: ['Owner', 'Sales Rep', 'Assigned To', 'Salesperson', 'Owner Name', 'Lead Owner Name'],
    status: ['Status'],
    first_touch_at: ['First Response', 'First Touch At', 'First Touch Date', 'First Response Date'],
    touches: ['Touches', 'Number of Calls', 'Sales Activities'],
    last_touch_at: ['Last Contacted Date', 'Last Touch At'],
    qualified_at: ['SQL Date', 'Qualified Date', 'Qualified At'],
    converted_at: ['Converted At'],
    converted: ['Is Converted'],
    email: ['Email', 'Email Address', 'Person Email', 'Contact Email'],
    company: ['Company', 'Organization', 'Account'],
  },
  deals: {
    deal_id: ['Deal ID', 'Id'],
    lead_id: ['Lead ID'],
    email: ['Email', 'Email Address'],
    company: ['Company', 'Organization', 'Company Name', 'Customer', 'Client'],
    created_at: ['Deal Created', 'Deal Created On', 'Date Created', 'Created', 'Created Time'],
    closed_at: ['Close Date', 'Closed Date', 'Date Closed', 'Won Date', 'Deal Close Date', 'Close Time'],
    outcome: ['Outcome', 'Result', 'Status'],
    amount: ['Amount', 'Deal Amount', 'Deal Value', 'Deal Size', 'Contract Value', 'Revenue', 'Value'],
    owner: ['Owner', 'Sales Rep', 'Salesperson'],
    source: ['Deal Source', 'Lead Source', 'Source', 'Original Source'],
    loss_reason: ['Lost Reason', 'Loss Reason', 'Reason for Loss'],
  },
};
