import type { CrmHeaders } from './types';

/** Insightly exports written with its API's field names (OPPORTUNITY_STATE: OPEN, WON, LOST, …). */
export const insightly: CrmHeaders = {
  crm: 'Insightly',
  sources: [
    'github sandeep-khanna/insightlycrm-java-api docs/Opportunity.md and docs/Lead.md (API v3.1 fields)',
  ],
  leads: {
    lead_id: ['LEAD_ID'],
    created_at: ['DATE_CREATED_UTC'],
    email: ['EMAIL'],
    company: ['ORGANISATION_NAME'],
  },
  deals: {
    deal_id: ['OPPORTUNITY_ID'],
    created_at: ['DATE_CREATED_UTC'],
    closed_at: ['ACTUAL_CLOSE_DATE', 'FORECAST_CLOSE_DATE'],
    outcome: ['OPPORTUNITY_STATE'],
    amount: ['OPPORTUNITY_VALUE', 'BID_AMOUNT'],
  },
};
