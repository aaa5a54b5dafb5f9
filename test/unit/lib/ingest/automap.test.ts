import { describe, expect, it } from 'vitest';
import { autoMap, headerSignature, normaliseHeader } from '../../../../src/lib/ingest/automap';
import { fieldsOf, type TableKind } from '../../../../src/lib/ingest/fields';
import { mapByHeader } from './map-by-header';

describe('normaliseHeader', () => {
  it.each([
    ['Lead Owner', 'leadowner'],
    ['lead_owner', 'leadowner'],
    ['  LEAD-OWNER  ', 'leadowner'],
    ['Deal - Won time', 'dealwontime'],
    ['E-mail', 'email'],
    ['Probability (%)', 'probability'],
    ['Número de Teléfono', 'numerodetelefono'],
    ['Ｅｍａｉｌ', 'email'],
    ['\uFEFFRecord ID', 'recordid'],
    ['"Lead ID"', 'leadid'],
  ])('%j → %j', (header, key) => {
    expect(normaliseHeader(header)).toBe(key);
  });
});

describe('autoMap: one header serves one field, one field takes one header', () => {
  it('a repeated header goes to its field once; the later copy stays an extra column', () => {
    const headers = ['Email', 'Lead ID', 'E-mail'];
    expect(autoMap('leads', headers)).toEqual({ email: 0, lead_id: 1 });
  });

  it('the better-ranked synonym wins whatever the column order', () => {
    expect(mapByHeader('leads', ['Created Date', 'Create Date'])).toEqual({ created_at: 'Create Date' });
    expect(mapByHeader('leads', ['Create Date', 'Created Date'])).toEqual({ created_at: 'Create Date' });
    expect(mapByHeader('leads', ['Status', 'Lifecycle Stage', 'Lead Status'])).toEqual({
      status: 'Lead Status',
    });
  });

  it.each<TableKind>(['leads', 'deals'])(
    '%s: with every synonym present, each field takes its first synonym',
    (kind) => {
      const fields = fieldsOf(kind);
      const headers = fields.flatMap((field) => field.synonyms);
      const mapping = autoMap(kind, headers);
      expect(Object.keys(mapping).sort()).toEqual(fields.map((f) => f.name).sort());
      for (const field of fields) expect(headers[mapping[field.name] ?? -1]).toBe(field.synonyms[0]);
      const columns = Object.values(mapping);
      expect(new Set(columns).size).toBe(columns.length);
    },
  );

  it('maps nothing from unknown headers', () => {
    expect(autoMap('leads', ['Foo', 'Bar', ''])).toEqual({});
  });
});

describe('headerSignature', () => {
  it('is the same for headers that differ only in case, spacing and punctuation, and per kind', () => {
    expect(headerSignature('leads', ['Lead ID', 'Created Date'])).toBe(
      headerSignature('leads', ['lead_id', 'CREATED-DATE']),
    );
    expect(headerSignature('leads', ['Lead ID'])).not.toBe(headerSignature('deals', ['Lead ID']));
    expect(headerSignature('leads', ['Lead ID', 'Email'])).not.toBe(
      headerSignature('leads', ['Email', 'Lead ID']),
    );
  });
});
