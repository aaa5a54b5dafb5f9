import type { CrmHeaders } from './types';

/**
 * Lead files that come from a form or an ad platform rather than a CRM: the time a form was sent is
 * when the inquiry arrived. Meta's Lead Ads download ("created_time", "campaign_name", "email") maps
 * through the other lists already.
 */
export const forms: CrmHeaders = {
  crm: 'Form and ad-platform lead exports',
  sources: [
    'https://support.google.com/docs/answer/139706 (Google Forms responses sheet: first column "Timestamp")',
    'https://www.typeform.com/help/a/download-your-results-as-a-file-360029256972/ ("Submit Date (UTC)", "Start Date (UTC)", "Network ID")',
    'https://learn.microsoft.com/en-us/linkedin/marketing/lead-sync/leadsync (LinkedIn Lead Gen Forms: "Submitted at")',
    'https://help.calendly.com/hc/en-us/articles/226767207 (Calendly export: "Invitee Email", "Event Created Date & Time")',
    'https://mailchimp.com/help/view-export-contacts/ (audience export: OPTIN_TIME, CONFIRM_TIME)',
    'Google Ads lead form download ("Date Submitted", "User Email"), as public code that reads it writes them',
  ],
  leads: {
    created_at: [
      'Submit Date',
      'Submitted At',
      'Submission Date',
      'Date Submitted',
      'Event Created Date & Time',
      'Optin Time',
      'Confirm Time',
      'Timestamp',
    ],
    email: ['Invitee Email', 'User Email'],
  },
  deals: {},
};
