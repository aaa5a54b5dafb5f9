import type { Row } from './types';

interface ArrowColumn {
  get(index: number): unknown;
}
export interface ArrowTableLike {
  numRows: number;
  schema: { fields: { name: string }[] };
  getChild(name: string): ArrowColumn | null;
}

/** Column-wise read (STACK.md: row-wise toJSON on 1M rows took 8.9 s vs 37 ms). */
export function tableToRows<R extends object>(table: ArrowTableLike): R[] {
  const names = table.schema.fields.map((field) => field.name);
  const columns = names.map((name) => table.getChild(name));
  const rows: R[] = new Array<R>(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Row = {};
    names.forEach((name, c) => {
      row[name] = normalise(columns[c]?.get(i));
    });
    rows[i] = row as unknown as R;
  }
  return rows;
}

function normalise(value: unknown): unknown {
  // Nested values keep BigInt even with castBigIntToDouble (STACK.md); plain numbers are wanted.
  if (typeof value === 'bigint') return Number(value);
  return value ?? null;
}
