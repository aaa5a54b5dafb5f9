import type { CrmHeaders } from './types';

/**
 * Capsule's opportunities and Streak's boxes: a deal's outcome is its milestone (Capsule) or stage
 * (Streak), its company an organisation.
 */
export const capsule: CrmHeaders = {
  crm: 'Capsule / Streak',
  sources: [
    'https://developer.capsulecrm.com/v2/models/opportunity (milestone, value, organisation, lostReason)',
    'https://capsulecrm.com/support/managing-deals (Won and Lost milestones)',
    'https://support.streak.com/en/articles/3403969 (export columns: Name, Stage, Assigned To, Contacts, Organizations)',
  ],
  leads: {
    company: ['Organisation'],
  },
  deals: {
    company: ['Organisation', 'Organizations'],
    outcome: ['Milestone'],
    owner: ['Assigned To'],
  },
};
