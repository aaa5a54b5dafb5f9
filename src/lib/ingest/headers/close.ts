import type { CrmHeaders } from './types';

/**
 * Close's CSV exports use the API's field names. An opportunity's "value" is in cents
 * ("value": 50000 is $500); "value_formatted" is the amount as shown, so it comes first.
 */
export const close: CrmHeaders = {
  crm: 'Close',
  sources: [
    'https://developer.close.com/api/resources/exports/create-lead.md (CSV date formats: original, iso8601, excel)',
    'https://developer.close.com/api/resources/exports/create-opportunity.md',
    'https://hex.pm/packages/closex/0.5.8/files/lib/closex/mock_client/fixtures/opportunity.json (value in cents, value_formatted, status_type, date_won, lead_id, user_name)',
    'https://gist.github.com/anemitz/6119641 (opportunity export columns)',
  ],
  leads: {
    lead_id: ['id'],
    created_at: ['date_created'],
    status: ['status_label'],
  },
  deals: {
    deal_id: ['id'],
    lead_id: ['lead_id'],
    created_at: ['date_created'],
    closed_at: ['date_won'],
    outcome: ['status_type', 'status_label'],
    amount: ['value_formatted', 'value'],
    owner: ['user_name'],
  },
};
