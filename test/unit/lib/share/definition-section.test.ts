import { describe, expect, it } from 'vitest';
import { DEFAULT_DEFINITION, type LeadDefinition } from '../../../../src/lib/metrics/context';
import {
  decodeDefinitionSection,
  encodeDefinitionSection,
} from '../../../../src/lib/share/definition-section';

const HOURS = {
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  timeZone: 'Europe/Berlin',
  holidays: ['2026-12-25'],
  slaClock: 'working' as const,
};
const roundTrip = (definition: LeadDefinition) =>
  decodeDefinitionSection(JSON.parse(JSON.stringify(encodeDefinitionSection(definition))));

describe('the lead definition in a link', () => {
  it('carries the export time zone and working hours (issue 20)', () => {
    const definition = { ...DEFAULT_DEFINITION, timeZone: 'America/New_York', businessHours: HOURS };
    expect(roundTrip(definition)).toMatchObject({ ok: true, value: definition });
  });

  it('writes nothing new when they are off, so older links read the same', () => {
    const encoded = encodeDefinitionSection(DEFAULT_DEFINITION);
    expect(Object.keys(encoded)).toEqual(['slaHours', 'asOf', 'untouchedStatuses', 'qualifiedStatuses']);
    expect(roundTrip(DEFAULT_DEFINITION)).toMatchObject({ ok: true, value: DEFAULT_DEFINITION });
  });

  it('refuses a zone the browser does not know, a bad clock and bad hours, saying which', () => {
    const base = encodeDefinitionSection(DEFAULT_DEFINITION);
    expect(decodeDefinitionSection({ ...base, timeZone: 'Mars/Olympus' })).toEqual({
      ok: false,
      error: 'the time zone "Mars/Olympus" is not one this browser knows',
    });
    expect(decodeDefinitionSection({ ...base, businessHours: { ...HOURS, slaClock: 'sundial' } })).toEqual({
      ok: false,
      error: 'the SLA clock "sundial" is not "working" or "clock"',
    });
    const late = decodeDefinitionSection({ ...base, businessHours: { ...HOURS, start: '25:00' } });
    expect(late.ok).toBe(false);
    expect(!late.ok && late.error).toContain('25:00');
    const extra = decodeDefinitionSection({ ...base, businessHours: { ...HOURS, script: '<b>' } });
    expect(extra.ok).toBe(false);
  });
});
