import type { CrmHeaders } from './types';

/** Olist's marketing funnel (Kaggle): qualified leads and the deals closed from them. */
export const olist: CrmHeaders = {
  crm: 'Olist marketing funnel',
  sources: ['https://www.kaggle.com/datasets/olistbr/marketing-funnel-olist (../shared/real-data)'],
  leads: { lead_id: ['mql_id'], created_at: ['first_contact_date'], source: ['origin'] },
  deals: { lead_id: ['mql_id'], closed_at: ['won_date'] },
};

/** The "CRM + Sales + Opportunities" sample dataset (Maven Analytics): one row per opportunity. */
export const crmSalesOpportunities: CrmHeaders = {
  crm: 'CRM sales opportunities dataset',
  sources: ['https://mavenanalytics.io/data-playground (CRM + Sales + Opportunities: sales_pipeline.csv)'],
  leads: {},
  deals: {
    deal_id: ['opportunity_id'],
    company: ['account'],
    created_at: ['engage_date'],
    closed_at: ['close_date'],
    outcome: ['deal_stage'],
    amount: ['close_value'],
    owner: ['sales_agent'],
  },
};

/**
 * Lead-scoring exports in the shape of the "X Education" dataset (Kaggle "Lead Scoring"): its
 * "Last Activity" holds activity names ("Email Opened"), so its values set that header aside.
 */
export const leadScoring: CrmHeaders = {
  crm: 'Lead scoring export',
  sources: ['Kaggle "Lead Scoring" (X Education) dataset columns, as read by public notebooks'],
  leads: {
    lead_id: ['Prospect ID'],
    source: ['Lead Source', 'Lead Origin'],
    converted: ['Converted'],
  },
  deals: { lead_id: ['Prospect ID'] },
};
