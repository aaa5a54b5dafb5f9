import type { CrmHeaders } from './types';

/**
 * Microsoft Dynamics 365 Sales "Export to Excel": display names as column names, preceded by hidden
 * "(Do Not Modify) <Table>" (the row's GUID), "(Do Not Modify) Row Checksum" and "(Do Not Modify)
 * Modified On". Lookups export the related row's name: "Originating Lead" is the lead's name, not
 * an id, so it links nothing and stays an extra column.
 */
export const dynamics: CrmHeaders = {
  crm: 'Microsoft Dynamics 365',
  sources: [
    'github MicrosoftDocs/dynamics-365-customer-engagement ce/sales/developer/entities/opportunity.md (DisplayName: Actual Close Date, Actual Revenue, Est. Revenue, Potential Customer, Originating Lead)',
    'github MicrosoftDocs/dynamics-365-customer-engagement ce/sales/developer/entities/lead.md',
    'https://nishantrana.me/2022/07/20/import-data-import-data-wizard-few-key-points/ (the hidden "(Do Not Modify)" columns)',
  ],
  leads: {
    lead_id: ['(Do Not Modify) Lead', '(Do Not Modify) Contact'],
    created_at: ['Created On'],
    source: ['Lead Source'],
    owner: ['Owner'],
    // "Status Reason" (New, Contacted, Qualified, …) says more than "Status" (Open, Qualified, Disqualified).
    status: ['Status Reason', 'Status'],
    email: ['Email'],
    company: ['Company Name'],
  },
  deals: {
    deal_id: ['(Do Not Modify) Opportunity'],
    company: ['Account', 'Potential Customer'],
    created_at: ['Created On'],
    closed_at: ['Actual Close Date', 'Est. Close Date'],
    // "Status" is Open/Won/Lost; "Status Reason" (In Progress, Canceled, Out-Sold) is not an outcome.
    outcome: ['Status'],
    // Actual Revenue defaults to Est. Revenue when a deal is won; open deals have only the estimate.
    amount: ['Actual Revenue', 'Est. Revenue'],
    owner: ['Owner'],
  },
};
