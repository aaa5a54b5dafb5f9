import { describe, expect, it } from 'vitest';
import type { LoadedUpload } from '../../../src/store/dataset-slice';
import { replacementChoice, sameHeaders } from '../../../src/store/replacement';

/** Only what replacementChoice reads of a loaded upload. */
function loaded(headers: string[], choice: LoadedUpload['choice']): LoadedUpload {
  return { prepared: { kind: 'leads', sniffed: { headers } }, choice } as unknown as LoadedUpload;
}

const OLD = loaded(['Lead ID', 'Created Date', 'Lead Source', 'Touches'], {
  mapping: { lead_id: 0, created_at: 1, source: 2 },
  formats: { dates: { 1: 'dmy' }, numbers: { 3: 'comma' } },
  closedWonAssumed: false,
});

describe('the choice a newer export of a loaded file inherits', () => {
  it('is the old choice when the headers are the same (compared as the mapping compares them)', () => {
    const headers = ['lead id', 'Created_Date', 'Lead Source', 'Touches'];
    expect(sameHeaders(OLD, headers)).toBe(true);
    expect(replacementChoice(OLD, headers)).toBe(OLD.choice);
  });

  it('follows the headers to their new columns; a field whose header is gone is left unmapped', () => {
    const headers = ['Email', 'Touches', 'Created Date', 'Lead ID'];
    expect(sameHeaders(OLD, headers)).toBe(false);
    expect(replacementChoice(OLD, headers)).toEqual({
      mapping: { lead_id: 3, created_at: 2 },
      formats: { dates: { 2: 'dmy' }, numbers: { 1: 'comma' } },
      closedWonAssumed: false,
    });
  });
});
