import type { CrmHeaders } from './types';

/** Vtiger's Leads and Opportunities (Potentials) exports: the fields' labels. */
export const vtiger: CrmHeaders = {
  crm: 'Vtiger',
  sources: [
    'github gurujustin/vtiger modules/Vtiger/actions/ExportData.php (labels as headers)',
    'github berliCRM/berlicrm languages/en_us/Leads.php and Potentials.php (Lead No, Primary Email, Sales Stage, Organization Name, Assigned To)',
  ],
  leads: {
    lead_id: ['Lead No', 'Lead Number'],
    created_at: ['Created Time'],
    owner: ['Assigned To'],
    email: ['Primary Email'],
    company: ['Company'],
  },
  deals: {
    deal_id: ['Opportunity No', 'Potential No', 'Opportunity Number'],
    company: ['Organization Name'],
    created_at: ['Created Time'],
    closed_at: ['Expected Close Date'],
    outcome: ['Sales Stage'],
    amount: ['Amount'],
    owner: ['Assigned To'],
  },
};
