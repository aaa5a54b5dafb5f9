/**
 * The CRMs' export headers (src/lib/ingest/headers): every CRM's export files map their columns to
 * the fields they are meant for, each listed header names its field, a CRM's first choice wins
 * when its file has several, and the lists stay consistent with one another.
 */
import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '../../../../src/lib/ingest/automap';
import { fieldsOf, type TableKind } from '../../../../src/lib/ingest/fields';
import {
  CRMS,
  headerKey,
  preferenceOrder,
  type FieldsOfKind,
  type HeaderKind,
} from '../../../../src/lib/ingest/headers';
import { CRM_EXPORTS } from '../../../fixtures/make/crm/index.mjs';
import { mapByHeader } from './map-by-header';

/** The CRMs whose exports write this header for this field. */
function crmsWriting<K extends HeaderKind>(kind: K, field: FieldsOfKind[K], header: string): string[] {
  const key = headerKey(header);
  return CRMS.filter((crm) => {
    const headers: Partial<Record<string, readonly string[]>> = crm[kind];
    return (headers[field] ?? []).some((h) => headerKey(h) === key);
  }).map((crm) => crm.crm);
}

const KINDS: TableKind[] = ['leads', 'deals'];
const listsOf = (crm: (typeof CRMS)[number], kind: TableKind) =>
  Object.entries(crm[kind] as Record<string, readonly string[]>);

describe('each CRM’s export pair maps by its headers to the fields it is meant for', () => {
  it.each(Object.keys(CRM_EXPORTS) as (keyof typeof CRM_EXPORTS)[])('%s', (name) => {
    const pair = CRM_EXPORTS[name]();
    for (const kind of KINDS) {
      // A header whose values rule it out is still the headers' proposal.
      const proposed = { ...pair[kind].mapping, ...pair[kind].setAside };
      expect(mapByHeader(kind, pair[kind].headers), `${pair.crm} ${kind}`).toEqual(proposed);
    }
  });
});

describe.each(CRMS.map((crm) => [crm.crm, crm] as const))('%s header lists', (_, crm) => {
  it.each(KINDS)('%s: each header alone maps to its field', (kind) => {
    for (const [field, headers] of listsOf(crm, kind))
      for (const header of headers) expect(mapByHeader(kind, [header]), header).toEqual({ [field]: header });
  });

  it.each(KINDS)('%s: with all its headers in one file, each field takes the CRM’s first choice', (kind) => {
    const lists = listsOf(crm, kind).filter(([, headers]) => headers.length > 0);
    const firsts = Object.fromEntries(lists.map(([field, headers]) => [field, headers[0]]));
    expect(
      mapByHeader(
        kind,
        lists.flatMap(([, headers]) => [...headers]),
      ),
    ).toEqual(firsts);
  });
});

describe('the header lists as a whole', () => {
  it('normalise headers as automap does', () => {
    for (const crm of CRMS)
      for (const kind of KINDS)
        for (const [, headers] of listsOf(crm, kind))
          for (const header of headers) expect(headerKey(header), header).toBe(normaliseHeader(header));
  });

  it.each(KINDS)('%s: no header names two fields', (kind) => {
    const owners = new Map<string, string>();
    for (const field of fieldsOf(kind))
      for (const key of field.synonyms) {
        expect(owners.get(key) ?? field.name, `${key} names ${owners.get(key)} and ${field.name}`).toBe(
          field.name,
        );
        owners.set(key, field.name);
      }
  });

  it('name the CRMs that write a header', () => {
    expect(crmsWriting('leads', 'lead_id', 'Record Id')).toEqual(['HubSpot', 'Zoho CRM']);
    expect(crmsWriting('deals', 'company_id', 'Account ID')).toEqual(['Salesforce']);
    expect(crmsWriting('deals', 'lead_id', 'associated_contact_ids')).toEqual(['HubSpot']);
    expect(crmsWriting('deals', 'company', 'Account ID')).toEqual([]);
  });
});

describe('preferenceOrder', () => {
  it('keeps each list’s order, puts first choices before second ones and bare words last', () => {
    expect(
      preferenceOrder(
        [
          ['b', 'a'],
          ['c', 'status', 'd'],
        ],
        'test',
      ),
    ).toEqual(['b', 'c', 'a', 'status', 'd']);
  });

  it('reports two lists that order the same headers both ways', () => {
    expect(() =>
      preferenceOrder(
        [
          ['a', 'b'],
          ['b', 'a'],
        ],
        'leads.test',
      ),
    ).toThrow(/leads\.test contradict/);
  });
});

describe('headers whose meaning the values alone would not give', () => {
  it('ids are not names: Account ID, Organization - ID and Associated Company IDs go to company_id', () => {
    expect(mapByHeader('deals', ['Account ID', 'Account Name'])).toEqual({
      company_id: 'Account ID',
      company: 'Account Name',
    });
    expect(mapByHeader('leads', ['Organization - ID', 'Organization - Name'])).toEqual({
      company_id: 'Organization - ID',
      company: 'Organization - Name',
    });
    expect(mapByHeader('deals', ['Associated Company IDs', 'Associated Company IDs (Primary)'])).toEqual({
      company_id: 'Associated Company IDs (Primary)',
    });
  });

  it('a deal’s association columns link it to leads: contacts, persons, converted leads', () => {
    for (const header of ['Associated Contact IDs', 'Converted Lead ID', 'Person - ID', 'Contact Name.id'])
      expect(mapByHeader('deals', ['Deal ID', header])).toEqual({ deal_id: 'Deal ID', lead_id: header });
  });

  it('a status beats a pipeline stage (Copper, ActiveCampaign); Dynamics’ Status Reason is no outcome', () => {
    expect(mapByHeader('deals', ['Stage', 'Status'])).toEqual({ outcome: 'Status' });
    expect(mapByHeader('deals', ['Status Reason', 'Status'])).toEqual({ outcome: 'Status' });
  });

  it('Close’s value_formatted beats its value in cents; Dynamics’ actual revenue beats the estimate', () => {
    expect(mapByHeader('deals', ['value', 'value_formatted'])).toEqual({ amount: 'value_formatted' });
    expect(mapByHeader('deals', ['Est. Revenue', 'Actual Revenue'])).toEqual({ amount: 'Actual Revenue' });
  });

  it('Dynamics’ hidden row GUID is the id; its other hidden columns stay extra', () => {
    const headers = ['(Do Not Modify) Lead', '(Do Not Modify) Row Checksum', '(Do Not Modify) Modified On'];
    expect(mapByHeader('leads', headers)).toEqual({ lead_id: '(Do Not Modify) Lead' });
  });

  it('a lead’s Status Reason beats its Status; a contact’s sales Status beats its Lifecycle stage', () => {
    expect(mapByHeader('leads', ['Status', 'Status Reason'])).toEqual({ status: 'Status Reason' });
    expect(mapByHeader('leads', ['Lifecycle stage', 'Status'])).toEqual({ status: 'Status' });
  });
});
