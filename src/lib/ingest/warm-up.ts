/**
 * The first file's load on a cold engine runs the engine's code for reading CSV, matching text,
 * parsing dates, joining and aggregating for the first time, which costs more than the work itself:
 * at 1M leads (Node, DuckDB-wasm, 2 cores) the sample, detection and file-proof statements took 718
 * ms cold and 311 ms after one small file had been detected. In the browser the engine's hot code is
 * compiled again, optimised, on background threads while it first runs (V8's tier-up): with the
 * warm-up below (and store/engine-warm-up.ts's figures), three 1M loads and their five views took
 * 3.8-4.2 s and 1.20-1.40 s, against 4.4-6.1 s and 1.44-1.74 s without (runs taking turns).
 * `warmUpLoad` detects and loads a made-up CRM pair (the date, number, yes/no and text forms
 * that detection tries; deals that link by lead id and e-mail) while the user reads the page, and
 * `warmUpDrop` drops everything it made: no table, file or loaded-bytes count is left behind.
 */
import type { Db } from '../db';
import type { Mapping } from './automap';
import type { TableKind } from './fields';
import { commitUpload, discardPrepared, prepareUpload, proposedChoice, removeUpload } from './pipeline';

/** No real upload has these: the store numbers uploads from 1. */
export const WARM_UP_UPLOAD_ID = 0;
export const WARM_UP_DEALS_ID = 999_999_999;
/**
 * Enough rows that the engine's loops run long enough for V8 to optimise them: after 4,000, a 1M
 * load's Overview still spent ~740 ms of background compiling (~1,010 with none), after 60,000 ~360.
 */
export const WARM_UP_ROWS = 60_000;

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

const STAGES = ['Closed Won', 'Closed Lost', 'Negotiation', 'Closed Won', 'Proposal'];

/** Deals of `warmUpCsv(leads)`'s leads: every third lead's, linked by lead id or by e-mail. */
export function warmUpDealsCsv(leads = WARM_UP_ROWS): string {
  const lines = ['Opportunity ID,Lead ID,Email,Stage,Amount,Created Date,Close Date,Closed Lost Reason'];
  for (let i = 0; i < leads; i += 3) {
    const month = (i % 12) + 1;
    const stage = STAGES[i % STAGES.length] ?? '';
    lines.push(
      [
        `D${i}`,
        i % 2 ? `L${i}` : '',
        i % 2 ? '' : `lead${i}@example.com`,
        stage,
        `${1000 + (i % 50) * 250}.00`,
        `${month}/${(i % 28) + 1}/2025`,
        stage.startsWith('Closed') ? `${month}/28/2025` : '',
        stage === 'Closed Lost' ? 'Price' : '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** What a warm-up upload was loaded as: enough for the metrics' known fields. */
export interface WarmUpUpload {
  kind: TableKind;
  mapping: Mapping;
  closedWonAssumed: boolean;
  zoned?: readonly number[] | undefined;
}

/**
 * Detects and loads the made-up leads, then deals; `signal` cancels it (its read, or between
 * statements). The uploads loaded, or null when cancelled between files. Errors are the caller's to
 * ignore; `warmUpDrop` leaves nothing behind either way.
 */
export async function warmUpLoad(
  db: Db,
  signal?: AbortSignal,
  rows = WARM_UP_ROWS,
): Promise<WarmUpUpload[] | null> {
  const files: [number, TableKind, string][] = [
    [WARM_UP_UPLOAD_ID, 'leads', warmUpCsv(rows)],
    [WARM_UP_DEALS_ID, 'deals', warmUpDealsCsv(rows)],
  ];
  const loaded: WarmUpUpload[] = [];
  for (const [uploadId, kind, text] of files) {
    if (signal?.aborted) return null;
    const file = new Blob([text], { type: 'text/csv' });
    const fileName = `warm-up-${kind}.csv`;
    const prepared = await prepareUpload(db, file, { uploadId, kind, fileName, signal });
    const { choice } = await commitUpload(db, prepared, proposedChoice(prepared), { signal });
    loaded.push({
      kind,
      mapping: choice.mapping,
      closedWonAssumed: choice.closedWonAssumed,
      zoned: choice.formats.zoned,
    });
  }
  return loaded;
}

/** Drops the warm-up's uploads, loaded or only prepared (matching again over what is left). */
export async function warmUpDrop(db: Db): Promise<void> {
  await discardPrepared(db, WARM_UP_UPLOAD_ID);
  await removeUpload(db, WARM_UP_DEALS_ID);
}

/** Loads the warm-up's pair and drops it (the engine's reading paths only). */
export async function warmUp(db: Db, signal?: AbortSignal, rows?: number): Promise<void> {
  try {
    await warmUpLoad(db, signal, rows);
  } finally {
    await warmUpDrop(db);
  }
}
