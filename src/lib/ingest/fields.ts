/**
 * The canonical data model (DESIGN.md): the fields an upload is mapped onto, their value types, and
 * the header synonyms seen in real exports. Synonyms are written normalised (see `normaliseHeader`)
 * and ordered by preference: an earlier synonym wins a header over a later one.
 */
export type TableKind = 'leads' | 'deals';
export type ValueType = 'text' | 'timestamp' | 'number' | 'boolean' | 'outcome';

export interface FieldSpec {
  name: string;
  label: string;
  type: ValueType;
  synonyms: readonly string[];
}

const text = (name: string, label: string, synonyms: string[]): FieldSpec => ({
  name,
  label,
  type: 'text',
  synonyms,
});
const time = (name: string, label: string, synonyms: string[]): FieldSpec => ({
  name,
  label,
  type: 'timestamp',
  synonyms,
});

export const LEAD_FIELDS: readonly FieldSpec[] = [
  text('lead_id', 'Lead ID', ['leadid', 'recordid', 'contactid', 'prospectid', 'mqlid', 'id']),
  time('created_at', 'Created', [
    'createdate',
    'createddate',
    'createdtime',
    'firstcontactdate',
    'becamealeaddate',
    'createdon',
    'leadcreateddate',
    'datecreated',
    'createdat',
    'creationdate',
  ]),
  text('source', 'Source', [
    'leadsource',
    'originalsource',
    'origin',
    'leadorigin',
    'source',
    'channel',
    'utmsource',
  ]),
  text('campaign', 'Campaign', ['campaign', 'primarycampaignsource', 'utmcampaign', 'campaignname']),
  text('owner', 'Owner (rep)', [
    'leadowner',
    'contactowner',
    'owner',
    'salesrep',
    'assignedto',
    'leadownername',
    'ownername',
  ]),
  text('status', 'Status', ['leadstatus', 'status', 'lifecyclestage']),
  time('first_touch_at', 'First follow-up', [
    'firstcalldatetime',
    'firstoutreachdate',
    'firstresponse',
    'firsttouchat',
    'firsttouchdate',
    'firstresponsedate',
    'firstcalldate',
  ]),
  {
    name: 'touches',
    label: 'Sales touches',
    type: 'number',
    synonyms: [
      'numberoftimescontacted',
      'numberofsalesactivities',
      'touches',
      'numberofcalls',
      'salesactivities',
    ],
  },
  time('last_touch_at', 'Last activity', [
    'lastactivity',
    'lastactivitydate',
    'lastcontacted',
    'lastcontacteddate',
    'lasttouchat',
    'lastactivitytime',
  ]),
  time('qualified_at', 'Qualified (SQL)', [
    'becameasalesqualifiedleaddate',
    'sqldate',
    'qualifieddate',
    'qualifiedat',
  ]),
  time('converted_at', 'Converted', [
    'converteddate',
    'becameanopportunitydate',
    'convertedat',
    'becameacustomerdate',
  ]),
  { name: 'converted', label: 'Converted (yes/no)', type: 'boolean', synonyms: ['converted', 'isconverted'] },
  text('email', 'Email', ['email', 'emailaddress', 'personemail', 'contactemail']),
  text('company', 'Company', ['company', 'accountname', 'companyname', 'organization', 'account']),
];

export const DEAL_FIELDS: readonly FieldSpec[] = [
  text('deal_id', 'Deal ID', ['opportunityid', 'dealid', 'recordid', 'id']),
  text('lead_id', 'Lead ID', ['mqlid', 'leadid', 'convertedleadid']),
  text('email', 'Email', ['email', 'personemail', 'contactemail', 'emailaddress']),
  text('company', 'Company', [
    'accountname',
    'account',
    'company',
    'organization',
    'organizationname',
    'companyname',
  ]),
  time('created_at', 'Opened', [
    'createddate',
    'createdate',
    'engagedate',
    'dealcreated',
    'createdon',
    'dealcreatedon',
    'dealdealcreated',
    'createdtime',
  ]),
  time('closed_at', 'Closed', [
    'closedate',
    'wondate',
    'closingdate',
    'closeddate',
    'dealwontime',
    'dealclosedate',
    'closetime',
    'dealclosetime',
    'dealexpectedclosedate',
  ]),
  {
    name: 'outcome',
    label: 'Outcome (stage)',
    type: 'outcome',
    synonyms: ['stage', 'dealstage', 'won', 'iswon', 'dealstatus', 'stagename', 'outcome', 'status'],
  },
  {
    name: 'amount',
    label: 'Amount',
    type: 'number',
    synonyms: ['amount', 'closevalue', 'dealvalue', 'value', 'dealamount', 'amountconverted'],
  },
  text('owner', 'Owner (rep)', ['opportunityowner', 'dealowner', 'salesagent', 'owner', 'salesrep']),
  text('source', 'Source', ['leadsource', 'source', 'originalsource', 'dealsource']),
  text('loss_reason', 'Loss reason', [
    'closedlostreason',
    'lossreason',
    'lostreason',
    'deallostreason',
    'reasonforloss',
  ]),
];

export function fieldsOf(kind: TableKind): readonly FieldSpec[] {
  return kind === 'leads' ? LEAD_FIELDS : DEAL_FIELDS;
}

export function fieldSpec(kind: TableKind, name: string): FieldSpec | undefined {
  return fieldsOf(kind).find((field) => field.name === name);
}
