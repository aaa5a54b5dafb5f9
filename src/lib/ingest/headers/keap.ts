import type { CrmHeaders } from './types';

/**
 * Keap (Infusionsoft): contacts, and orders as the closed-won file (Keap sells online: a paid order
 * is the won deal, linked to its contact's id).
 */
export const keap: CrmHeaders = {
  crm: 'Keap',
  sources: [
    'https://help.keap.com/help/import-contacts',
    'https://www.synchub.io/connectors/infusionsoft/datamodel (contact, order fields)',
  ],
  leads: {
    lead_id: ['Contact Id', 'Id'],
    created_at: ['Date Created'],
    source: ['Lead Source'],
    owner: ['Owner'],
    email: ['Email'],
    company: ['Company'],
  },
  deals: {
    deal_id: ['Order Id', 'Invoice Id'],
    lead_id: ['Contact Id'],
    email: ['Email'],
    closed_at: ['Order Date'],
    amount: ['Order Total'],
  },
};
