import type { CrmHeaders } from './types';

/**
 * SuiteCRM and SugarCRM list-view exports: the fields' labels, every value quoted, dates in the
 * user's format ("03/01/2024 10:22am"). EspoCRM writes attribute names ("assignedUserName"), whose
 * keys are the same.
 */
export const suitecrm: CrmHeaders = {
  crm: 'SuiteCRM / SugarCRM',
  sources: [
    'github salesagility/SuiteCRM include/export_utils.php (labels as headers, values quoted)',
    'github salesagility/SuiteCRM modules/Opportunities/language/en_us.lang.php (Opportunity Amount, Expected Close Date, Sales Stage: Closed Won, Closed Lost)',
    'github espocrm/espocrm application/Espo/Tools/Export/Format/Csv/Processor.php (attribute names)',
  ],
  leads: {
    created_at: ['Date Created'],
    owner: ['Assigned User Name', 'Assigned User'],
    email: ['Email Address'],
    company: ['Account Name'],
    // EspoCRM's lead names the opportunity it was converted to.
    converted_deal_id: ['createdOpportunityId'],
  },
  deals: {
    company: ['Account Name'],
    created_at: ['Date Created'],
    closed_at: ['Expected Close Date'],
    outcome: ['Sales Stage'],
    amount: ['Opportunity Amount', 'Amount'],
    owner: ['Assigned User Name', 'Assigned User'],
  },
};
