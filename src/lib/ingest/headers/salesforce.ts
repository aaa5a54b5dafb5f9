import type { CrmHeaders } from './types';

/**
 * Salesforce report exports ("Details Only", CSV or .xlsx): field labels as column names, dates as
 * the user's locale writes them (en-US: 3/4/2025 9:46 AM). A lead converted into an account keeps
 * "Converted Account ID", the "Account ID" of that account's opportunities.
 */
export const salesforce: CrmHeaders = {
  crm: 'Salesforce',
  sources: [
    'https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-lead.html',
    'https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-activitymetric.html',
    'https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-contact.html',
    'https://developer.salesforce.com/docs/atlas.en-us.change_data_capture.meta/change_data_capture/cdc_standard_objects_lead_conversion.htm',
  ],
  leads: {
    lead_id: ['Lead ID', 'Contact ID'],
    created_at: ['Created Date'],
    source: ['Lead Source'],
    campaign: ['Primary Campaign Source', 'Campaign Name'],
    owner: ['Lead Owner', 'Contact Owner'],
    status: ['Lead Status'],
    first_touch_at: ['First Call Date Time', 'First Call Date', 'First Email Date'],
    last_touch_at: ['Last Activity', 'Last Activity Date'],
    converted_at: ['Converted Date'],
    converted: ['Converted', 'IsConverted'],
    email: ['Email'],
    company: ['Company / Account', 'Company', 'Account Name'],
    company_id: ['Converted Account ID', 'Account ID'],
    converted_deal_id: ['Converted Opportunity ID'],
  },
  deals: {
    deal_id: ['Opportunity ID'],
    lead_id: ['Converted Lead ID', 'Lead ID', 'Contact ID'],
    email: ['Email'],
    company: ['Account Name'],
    company_id: ['Account ID'],
    created_at: ['Created Date'],
    closed_at: ['Close Date'],
    // "Won" is the IsWon flag: the stage says more (open stages stay open). Data Loader and
    // Data Export files name the fields by their API names (StageName, IsWon, IsConverted).
    outcome: ['Stage', 'Won', 'StageName', 'IsWon'],
    amount: ['Amount', 'Amount (converted)'],
    // Multi-currency orgs: the record's currency (CurrencyIsoCode).
    currency: ['Opportunity Currency', 'Amount Currency', 'CurrencyIsoCode', 'Amount (converted) Currency'],
    owner: ['Opportunity Owner'],
    source: ['Lead Source'],
    loss_reason: ['Loss Reason'],
  },
};
