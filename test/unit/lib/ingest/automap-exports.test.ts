import { describe, expect, it } from 'vitest';
import { mapByHeader } from './map-by-header';

describe('autoMap: header sets of real exports map as DESIGN.md lists', () => {
  it('Salesforce leads report', () => {
    const headers = [
      'Lead ID',
      'Created Date',
      'Lead Source',
      'Campaign',
      'Lead Owner',
      'Lead Status',
      'First Call Date Time',
      'Number of times contacted',
      'Last Activity',
      'SQL Date',
      'Converted Date',
      'Converted',
      'Email',
      'Company',
      'Industry',
    ];
    expect(mapByHeader('leads', headers)).toEqual({
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
      converted_at: 'Converted Date',
      converted: 'Converted',
      email: 'Email',
      company: 'Company',
    });
  });

  it('Salesforce opportunities report', () => {
    const headers = [
      'Opportunity ID',
      'Converted Lead ID',
      'Opportunity Name',
      'Account Name',
      'Email',
      'Opportunity Owner',
      'Lead Source',
      'Primary Campaign Source',
      'Created Date',
      'Close Date',
      'Stage',
      'Amount',
      'Closed Lost Reason',
    ];
    expect(mapByHeader('deals', headers)).toEqual({
      deal_id: 'Opportunity ID',
      lead_id: 'Converted Lead ID',
      company: 'Account Name',
      email: 'Email',
      owner: 'Opportunity Owner',
      source: 'Lead Source',
      created_at: 'Created Date',
      closed_at: 'Close Date',
      outcome: 'Stage',
      amount: 'Amount',
      loss_reason: 'Closed Lost Reason',
    });
  });

  it('HubSpot contacts: Create Date beats Became a Lead Date, Lead Status beats Lifecycle Stage', () => {
    const headers = [
      'Record ID',
      'First Name',
      'Last Name',
      'Email',
      'Company Name',
      'Became a Lead Date',
      'Create Date',
      'Original Source',
      'UTM Campaign',
      'Contact owner',
      'Lifecycle Stage',
      'Lead Status',
      'First outreach date',
      'Last Contacted',
      'Last Activity Date',
      'Number of Sales Activities',
      'Became a Sales Qualified Lead Date',
      'Became an Opportunity Date',
    ];
    expect(mapByHeader('leads', headers)).toEqual({
      lead_id: 'Record ID',
      email: 'Email',
      company: 'Company Name',
      created_at: 'Create Date',
      source: 'Original Source',
      campaign: 'UTM Campaign',
      owner: 'Contact owner',
      status: 'Lead Status',
      first_touch_at: 'First outreach date',
      last_touch_at: 'Last Activity Date',
      touches: 'Number of Sales Activities',
      qualified_at: 'Became a Sales Qualified Lead Date',
      converted_at: 'Became an Opportunity Date',
    });
  });

  it('HubSpot deals', () => {
    const headers = [
      'Record ID',
      'Deal Name',
      'Deal Stage',
      'Amount',
      'Close Date',
      'Create Date',
      'Deal owner',
      'Pipeline',
    ];
    expect(mapByHeader('deals', headers)).toEqual({
      deal_id: 'Record ID',
      outcome: 'Deal Stage',
      amount: 'Amount',
      closed_at: 'Close Date',
      created_at: 'Create Date',
      owner: 'Deal owner',
    });
  });

  it('Pipedrive deals: `Deal - …` and `Person - …` headers; the won time beats the expected close date', () => {
    const headers = [
      'Deal - ID',
      'Deal - Title',
      'Deal - Value',
      'Deal - Currency',
      'Deal - Status',
      'Deal - Owner',
      'Deal - Expected close date',
      'Deal - Won time',
      'Deal - Lost reason',
      'Deal - Deal created',
      'Person - Email',
      'Organization - Name',
    ];
    expect(mapByHeader('deals', headers)).toEqual({
      deal_id: 'Deal - ID',
      amount: 'Deal - Value',
      currency: 'Deal - Currency',
      outcome: 'Deal - Status',
      owner: 'Deal - Owner',
      closed_at: 'Deal - Won time',
      loss_reason: 'Deal - Lost reason',
      created_at: 'Deal - Deal created',
      email: 'Person - Email',
      company: 'Organization - Name',
    });
  });

  it('Zoho CRM leads', () => {
    const headers = [
      'Record Id',
      'Lead Owner',
      'Company',
      'First Name',
      'Last Name',
      'Email',
      'Lead Source',
      'Lead Status',
      'Created Time',
      'Modified Time',
      'Last Activity Time',
    ];
    expect(mapByHeader('leads', headers)).toEqual({
      lead_id: 'Record Id',
      owner: 'Lead Owner',
      company: 'Company',
      email: 'Email',
      source: 'Lead Source',
      status: 'Lead Status',
      created_at: 'Created Time',
      last_touch_at: 'Last Activity Time',
    });
  });

  it('Zoho CRM deals', () => {
    const headers = [
      'Record Id',
      'Deal Owner',
      'Deal Name',
      'Amount',
      'Closing Date',
      'Account Name',
      'Stage',
      'Lead Source',
      'Contact Name',
      'Created Time',
      'Modified Time',
      'Reason For Loss',
    ];
    expect(mapByHeader('deals', headers)).toEqual({
      deal_id: 'Record Id',
      owner: 'Deal Owner',
      amount: 'Amount',
      closed_at: 'Closing Date',
      company: 'Account Name',
      outcome: 'Stage',
      source: 'Lead Source',
      created_at: 'Created Time',
      loss_reason: 'Reason For Loss',
    });
  });

  it('Olist marketing funnel: qualified leads and closed deals', () => {
    expect(mapByHeader('leads', ['mql_id', 'first_contact_date', 'landing_page_id', 'origin'])).toEqual({
      lead_id: 'mql_id',
      created_at: 'first_contact_date',
      source: 'origin',
    });
    const deals = [
      'mql_id',
      'seller_id',
      'sdr_id',
      'sr_id',
      'won_date',
      'business_segment',
      'lead_type',
      'lead_behaviour_profile',
      'has_company',
      'has_gtin',
      'average_stock',
      'business_type',
      'declared_product_catalog_size',
      'declared_monthly_revenue',
    ];
    expect(mapByHeader('deals', deals)).toEqual({ lead_id: 'mql_id', closed_at: 'won_date' });
  });

  it('CRM sales-opportunities dataset (opportunity_id, engage_date, close_value, …)', () => {
    const headers = [
      'opportunity_id',
      'sales_agent',
      'product',
      'account',
      'deal_stage',
      'engage_date',
      'close_date',
      'close_value',
    ];
    expect(mapByHeader('deals', headers)).toEqual({
      deal_id: 'opportunity_id',
      owner: 'sales_agent',
      company: 'account',
      outcome: 'deal_stage',
      created_at: 'engage_date',
      closed_at: 'close_date',
      amount: 'close_value',
    });
  });
});
