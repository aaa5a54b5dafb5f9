import type { CrmHeaders } from './types';

/**
 * HubSpot's contact and deal exports (Export from a view; property labels as column names). A
 * contact's or deal's associations come as "Associated … IDs" columns, several ids joined with ";";
 * "(Primary)" holds the one primary company. Association columns keep their English names in
 * localised exports.
 */
export const hubspot: CrmHeaders = {
  crm: 'HubSpot',
  sources: [
    'https://developers.hubspot.com/docs/api/crm/exports',
    'https://docs.progress.com/bundle/datadirect-hubspot-jdbc-60/page/DEALASSOCIATEDCOMPANYIDS.html',
    'github hairsolutionsco/automations_hub hubspot/objects/deals/properties.md (deal property labels)',
    'public code reading HubSpot exports: "Associated Company IDs (Primary)", "Associated Contact IDs", "Associated Deal IDs"',
  ],
  leads: {
    lead_id: ['Record ID', 'Contact ID'],
    created_at: ['Create Date', 'Became a Lead Date'],
    source: ['Original Source', 'Latest Source'],
    campaign: ['UTM Campaign'],
    // The Leads object's "Lead owner" is the rep working the inquiry; a contact export has only
    // "Contact owner".
    owner: ['Lead owner', 'Contact owner'],
    status: ['Lead Status', 'Lifecycle Stage'],
    first_touch_at: ['First outreach date'],
    touches: ['Number of times contacted', 'Number of Sales Activities'],
    last_touch_at: ['Last Activity Date', 'Last Contacted'],
    qualified_at: ['Became a Sales Qualified Lead Date'],
    converted_at: ['Became an Opportunity Date', 'Became a Customer Date'],
    email: ['Email'],
    company: ['Company Name', 'Associated Company (Primary)'],
    company_id: [
      'Associated Company IDs (Primary)',
      'Associated Company ID',
      'Associated Company IDs',
      'Company ID',
    ],
    // A contact exported with its associations lists its deals' Record IDs ("123; 456").
    converted_deal_id: ['Associated Deal IDs'],
  },
  deals: {
    deal_id: ['Record ID', 'Deal ID'],
    lead_id: ['Associated Contact IDs', 'Associated Contact ID', 'Contact ID'],
    company: ['Associated Company (Primary)', 'Associated Company Names (Primary)'],
    company_id: [
      'Associated Company IDs (Primary)',
      'Associated Company ID',
      'Associated Company IDs',
      'Company ID',
    ],
    created_at: ['Create Date'],
    closed_at: ['Close Date'],
    outcome: ['Deal Stage', 'Is Closed Won'],
    amount: ['Amount', 'Amount in company currency'],
    // The deal's own currency (property deal_currency_code); "Amount in company currency" is not in it.
    currency: ['Currency', 'Deal currency code'],
    owner: ['Deal owner'],
    loss_reason: ['Closed Lost Reason'],
  },
};
