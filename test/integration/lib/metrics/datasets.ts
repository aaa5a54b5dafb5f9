/** The reference's reading of the test datasets: which header holds each canonical field. */
import { olist, sample } from '../../../support/files';
import { loadReference, type RefData } from '../../../support/reference-metrics';

/** The sample files; `leadsPath` reads other rows with the sample's leads headers. */
/** The sample's headers by canonical field, as its files write them (the reference reads them so). */
export const SAMPLE_LEAD_COLUMNS = {
  lead_id: 'Lead ID',
  created_at: 'Created Date',
  source: 'Lead Source',
  campaign: 'Campaign',
  owner: 'Lead Owner',
  status: 'Lead Status',
  first_touch_at: 'First Call Date Time',
  touches: 'Number of times contacted',
  last_touch_at: 'Last Activity',
  qualified_at: 'SQL Date',
  converted: 'Converted',
  email: 'Email',
  company: 'Company',
};

export const SAMPLE_DEAL_COLUMNS = {
  deal_id: 'Opportunity ID',
  lead_id: 'Lead ID',
  company: 'Account Name',
  email: 'Email',
  owner: 'Opportunity Owner',
  source: 'Lead Source',
  created_at: 'Created Date',
  closed_at: 'Close Date',
  outcome: 'Stage',
  amount: 'Amount',
  loss_reason: 'Closed Lost Reason',
};

export function sampleReference(
  files: { leads?: boolean; deals?: boolean } = { leads: true, deals: true },
  leadsPath = sample('leads.csv'),
): RefData {
  return loadReference({
    ...(files.leads
      ? {
          leads: {
            path: leadsPath,
            columns: SAMPLE_LEAD_COLUMNS,
            extras: { x_industry: 'Industry', x_country: 'Country' },
          },
        }
      : {}),
    ...(files.deals
      ? {
          deals: {
            path: sample('deals.csv'),
            columns: SAMPLE_DEAL_COLUMNS,
          },
        }
      : {}),
  });
}

export function olistReference(): RefData {
  return loadReference({
    leads: {
      path: olist.leads(),
      columns: { lead_id: 'mql_id', created_at: 'first_contact_date', source: 'origin' },
      extras: { x_landingpageid: 'landing_page_id' },
    },
    deals: { path: olist.deals(), columns: { lead_id: 'mql_id', closed_at: 'won_date' } },
  });
}
