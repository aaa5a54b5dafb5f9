import type { CrmHeaders } from './types';

/**
 * Bitrix24 CRM list exports (CSV, every value quoted and each line ending in ";"; "Excel" is an HTML
 * table): the lists' column titles. Deal stages read "Deal won", "Deal lost", "Analyze failure".
 */
export const bitrix24: CrmHeaders = {
  crm: 'Bitrix24',
  sources: [
    'github avshatalov48/bitrix24-core-corp modules/crm/install/components/bitrix/crm.lead.list/lang/en/component.php',
    'github avshatalov48/bitrix24-core-corp modules/crm/install/components/bitrix/crm.deal.list/lang/en/component.php',
    'github avshatalov48/bitrix24-core-corp modules/crm/lang/en/classes/general/crm_status.php (stages)',
  ],
  leads: {
    lead_id: ['ID'],
    created_at: ['Created'],
    source: ['Source'],
    owner: ['Responsible'],
    status: ['Status'],
    email: ['E-mail'],
    company: ['Company Name'],
  },
  deals: {
    deal_id: ['ID'],
    company: ['Company'],
    created_at: ['Created'],
    closed_at: ['Assumed close date'],
    outcome: ['Stage'],
    amount: ['Income'],
    currency: ['Currency'],
    owner: ['Responsible'],
    source: ['Source'],
  },
};
