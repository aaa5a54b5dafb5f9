/** Practitioners' figures shown beside the tiles (DESIGN.md "The problem"), each with its source. */
export const BENCHMARKS = {
  followUp: 'About half of marketing leads are never followed up (Bedwany); 75–90% in Obermayer’s audits.',
  sla: 'Accept or reject every handed-over lead within 48 hours (practitioners’ rule).',
  response:
    'Average first response: 42 hours; a lead contacted within an hour is ~7× as likely to qualify (HBR, 2011).',
  leadToWin:
    'About 45% of inquiries buy from someone within 12 months, 26% within 6 (Obermayer, Rule of 45).',
  leaked: 'Every unanswered inquiry is revenue handed to a competitor (Obermayer).',
} as const;
