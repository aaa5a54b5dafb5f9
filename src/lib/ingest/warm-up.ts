/**
 * The first file's detection on a cold engine runs the engine's code for reading CSV, matching text
 * and parsing dates for the first time, which costs more than the work itself: at 1M leads (Node,
 * DuckDB-wasm, 2 cores) the sample, detection and file-proof statements took 718 ms cold and 311 ms
 * after one small file had been detected. `warmUp` detects a small made-up CRM export (the date,
 * number, yes/no and text forms that detection tries) while the user reads the page, then drops
 * everything it made: no table, file or loaded-bytes count is left behind.
 */
import type { Db } from '../db';
import { discardPrepared, prepareUpload } from './pipeline';

/** No real upload has it: the store numbers uploads from 1. */
export const WARM_UP_UPLOAD_ID = 0;

const SOURCES = ['Web', ' Partner', 'Paid Search', 'Referral', ''];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A small leads export whose columns map (automap.ts) and whose values take detection's paths: US
 * dates with AM/PM, ISO date-times, day-first dates, month names, numbers, yes/no, padded text.
 */
export function warmUpCsv(rows = 200): string {
  const lines = [
    'Lead ID,Created Date,Lead Source,Lead Owner,Lead Status,First Call Date Time,Number of times contacted,Last Activity,SQL Date,Converted,Email',
  ];
  const two = (n: number) => String(n).padStart(2, '0');
  for (let i = 0; i < rows; i++) {
    const day = (i % 28) + 1;
    const month = (i % 12) + 1;
    const hour = (i % 12) + 1;
    lines.push(
      [
        `L${i}`,
        `${month}/${day}/2025 ${hour}:${two(i % 60)} ${i % 2 ? 'PM' : 'AM'}`,
        SOURCES[i % SOURCES.length],
        i % 2 ? 'Ann Lee' : 'Bob Roy ',
        i % 3 ? 'Working' : 'New',
        i % 4 ? `2025-${two(month)}-${two(day)}T${two(hour)}:15:00` : '',
        i % 7,
        `${two(day)}.${two(month)}.2025`,
        i % 5 ? '' : `"${MONTHS[month - 1]} ${day}, 2025 ${hour}:30 PM"`,
        i % 3 ? 'Yes' : 'No',
        `lead${i}@example.com`,
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Detects `warmUpCsv` as a leads file and drops what that made. Errors are the caller's to ignore. */
export async function warmUp(db: Db): Promise<void> {
  const file = new Blob([warmUpCsv()], { type: 'text/csv' });
  try {
    await prepareUpload(db, file, { uploadId: WARM_UP_UPLOAD_ID, kind: 'leads', fileName: 'warm-up.csv' });
  } finally {
    await discardPrepared(db, WARM_UP_UPLOAD_ID);
  }
}
