/**
 * The workbook reader's own thread: parsing a large workbook takes seconds and hundreds of MB, so
 * it happens here, off the page's thread, and ends with the worker (terminated after each file).
 */
import * as reader from '@e965/xlsx';
import { convertWorkbook, WorkbookReadError } from './workbook-convert';
import type { WorkbookReply, WorkbookRequest } from './workbook-protocol';

const reply = (message: WorkbookReply) => postMessage(message);

addEventListener('message', (event: MessageEvent<WorkbookRequest>) => {
  const { bytes, ...opts } = event.data;
  try {
    const converted = convertWorkbook(reader, new Uint8Array(bytes), opts, (fraction) =>
      reply({ type: 'progress', fraction }),
    );
    const csv = new Blob(converted.chunks, { type: 'text/csv' });
    reply({ type: 'done', csv, sheet: converted.sheet, sheets: converted.sheets, lines: converted.lines });
  } catch (error) {
    reply({
      type: 'failed',
      reason: error instanceof WorkbookReadError ? error.reason : 'corrupt',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
});
