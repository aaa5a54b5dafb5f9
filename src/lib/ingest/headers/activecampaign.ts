import type { CrmHeaders } from './types';

/** ActiveCampaign contact and deal exports (deals are linked to a contact by email). */
export const activecampaign: CrmHeaders = {
  crm: 'ActiveCampaign',
  sources: [
    'https://help.activecampaign.com/hc/en-us/articles/115001963310-Import-deals-into-ActiveCampaign (deal columns: Deal ID from an export, title, owner, pipeline, stage)',
  ],
  leads: {
    created_at: ['Date Created'],
    owner: ['Contact Owner'],
    email: ['Email'],
    company: ['Account'],
  },
  deals: {
    deal_id: ['Deal ID'],
    email: ['Contact Email'],
    company: ['Account'],
    created_at: ['Created Date'],
    closed_at: ['Close Date'],
    // "Stage" is the pipeline stage: an outcome only when no status is exported.
    outcome: ['Status', 'Stage'],
    amount: ['Value'],
    owner: ['Deal Owner', 'Owner'],
  },
};
