import { describe, expect, it } from 'vitest';
import { prepareUpload } from '../../../../src/lib/ingest/pipeline';
import { freshDb } from '../../../support/db';
import { recordingDb } from '../../../support/recording-db';

// Detection leaves the month-name reading (costly to prepare) out of its queries unless a value
// has a run of three letters, as every month name does. The decisions are the same either way: the
// tests of month-name files (month-name-dates.test.ts) go through the second query.

/** The statements a preparation runs (the engine is the real one). */
async function prepared(text: string) {
  const { db: recorded, statements } = recordingDb(await freshDb());
  const file = new File([text], 'leads.csv');
  const upload = await prepareUpload(recorded, file, { uploadId: 1, kind: 'leads', fileName: file.name });
  // strip_accents is the month-name reading's first step (date-forms.ts namedTimestamp).
  return { upload, named: statements.filter((s) => s.includes('strip_accents')).length };
}

const rows = (make: (i: number) => string) => Array.from({ length: 30 }, (_, i) => make(i)).join('\n');

describe('the month-name reading in detection', () => {
  it('is not asked for numeric dates with AM/PM, and the column is still decided', async () => {
    const { upload, named } = await prepared(
      `Lead ID,Created Date,Lead Source\n${rows((i) => `L${i},3/${i + 1}/2025 4:03 PM,Web`)}\n`,
    );
    expect(named).toBe(0);
    expect(upload.detection.dates[1]).toMatchObject({ kind: 'decided', format: 'mdy' });
  });

  it('is not asked for ISO dates with T and Z', async () => {
    const { upload, named } = await prepared(
      `Lead ID,Created Date,Lead Source\n${rows((i) => `L${i},2025-03-${String(i + 1).padStart(2, '0')}T09:15:00Z,Web`)}\n`,
    );
    expect(named).toBe(0);
    expect(upload.detection.dates[1]).toMatchObject({ kind: 'decided', format: 'iso', zoned: true });
  });

  it('is asked when values name the month, and decides them as such', async () => {
    const { upload, named } = await prepared(
      `Lead ID,Created Date,Lead Source\n${rows((i) => `L${i},"Mar ${i + 1}, 2025 09:46 AM",Web`)}\n`,
    );
    expect(named).toBeGreaterThan(0);
    expect(upload.detection.dates[1]).toMatchObject({ kind: 'decided', format: 'named' });
  });

  it('is asked for accented month names written with combining marks ("Ma\\u0308rz")', async () => {
    const { upload, named } = await prepared(
      `Lead ID;Created Date;Lead Source\n${rows((i) => `L${i};${i + 1}. Ma\u0308rz 2025;Web`)}\n`,
    );
    expect(named).toBeGreaterThan(0);
    expect(upload.detection.dates[1]).toMatchObject({ kind: 'decided', format: 'named' });
  });
});
