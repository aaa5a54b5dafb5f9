/**
 * Salesforce report exports the integration and browser tests both load, each counted by hand where
 * it is used.
 */

/** Three leads; e-mail is the only link the contact-roles report has. */
export const CONTACT_ROLE_LEADS = [
  'Lead ID,Created Date,Lead Source,Lead Status,Email',
  'L1,2026-01-05 09:00,Web,Working,ann@acme.example',
  'L2,2026-01-06 09:00,Web,Working,bob@beta.example',
  'L3,2026-01-07 09:00,Event,New,cy@gamma.example',
];

/**
 * "Opportunities with Contact Roles": each opportunity once per role, its Amount on every row. 006A:
 * Ann's row first (set aside; her e-mail still links it to L1). 006B: Bob's last. 006C: no lead.
 */
export const CONTACT_ROLES = [
  'Opportunity ID,Opportunity Name,Stage,Amount,Close Date,Email',
  '006A,Acme - Platform,Closed Won,"12,000.00",2026-02-10,ann@acme.example',
  '006A,Acme - Platform,Closed Won,"12,000.00",2026-02-10,zed@acme.example',
  '006B,Beta - Renewal,Closed Won,"5,000.00",2026-02-12,quinn@beta.example',
  '006B,Beta - Renewal,Closed Won,"5,000.00",2026-02-12,bob@beta.example',
  '006C,Delta - Pilot,Closed Lost,"3,000.00",2026-02-15,dee@delta.example',
];

/** A leads report naming each converted lead's opportunity. */
export const CONVERTED_LEADS = [
  'Lead ID,Created Date,Lead Source,Lead Status,Company / Account,Converted,Converted Opportunity ID',
  '00Q5g00000AAAA1,1/5/2026,Web,Qualified,Acme Inc.,1,0065g00000BBBB1',
  '00Q5g00000AAAA2,1/6/2026,Event,Qualified,Beta,1,0065g00000BBBB2',
  '00Q5g00000AAAA3,1/13/2026,Web,Open - Not Contacted,Gamma,0,',
];

/** The opportunities report: its account names are not the leads' companies. */
export const OPPORTUNITIES = [
  'Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date',
  '0065g00000BBBB1,Acme - Platform,Acme Corporation,Closed Won,"$1,000.00",2/13/2026',
  '0065g00000BBBB2,Beta - Pilot,Beta Holdings,Closed Lost,$400.00,2/14/2026',
];
