import type * as Xlsx from '@e965/xlsx';
import { zipIntact } from './workbook-zip';

export type Reader = Pick<typeof Xlsx, 'read' | 'SSF'>;

/** Why a workbook could not be read: the messages live with the caller (workbook.ts). */
export type WorkbookProblem = 'password' | 'corrupt' | 'empty' | 'too-large';

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: WorkbookProblem,
    detail = '',
  ) {
    super(detail || reason);
    this.name = 'WorkbookReadError';
  }
}

/** An encrypted OOXML workbook is an OLE container holding an "EncryptedPackage" stream. */
const ENCRYPTED_PACKAGE = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isEncryptedContainer(bytes: Uint8Array): boolean {
  if (!OLE.every((byte, i) => bytes[i] === byte)) return false;
  const first = ENCRYPTED_PACKAGE[0];
  outer: for (let i = 0; i + ENCRYPTED_PACKAGE.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < ENCRYPTED_PACKAGE.length; j++) {
      if (bytes[i + j] !== ENCRYPTED_PACKAGE[j]) continue outer;
    }
    return true;
  }
  return false;
}

export function readWorkbook(reader: Reader, bytes: Uint8Array): Xlsx.WorkBook {
  if (isEncryptedContainer(bytes)) throw new WorkbookReadError('password');
  if (!zipIntact(bytes)) throw new WorkbookReadError('corrupt', 'a part of the zip does not inflate');
  try {
    return reader.read(bytes, {
      type: 'array',
      dense: true,
      // The number format tells a date from a number; formatted text, HTML and formulas are not needed.
      cellNF: true,
      cellText: false,
      cellHTML: false,
      cellFormula: false,
      cellStyles: false,
      cellDates: false,
      bookVBA: false,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // A sheet whose XML passes the longest string a JavaScript engine holds (~512 MB), or memory.
    if (error instanceof RangeError || /string length|allocation failed|out of memory/i.test(detail)) {
      throw new WorkbookReadError('too-large', detail);
    }
    throw new WorkbookReadError(/password|encrypt/i.test(detail) ? 'password' : 'corrupt', detail);
  }
}
