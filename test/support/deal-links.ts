import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../src/lib/db';

/** A temporary folder for a test file's CSVs, removed after its tests; `write` puts one there. */
export function csvFolder(prefix: string): { write: (name: string, lines: string[]) => string } {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    write(name, lines) {
      const path = join(dir, name);
      writeFileSync(path, `${lines.join('\n')}\n`);
      return path;
    },
  };
}

/** Each deal's linked lead and the rule that linked it, by deal_id. */
export async function dealLinks(db: Db): Promise<Record<string, { lead: string | null; by: string | null }>> {
  const rows = await db.query<{ deal_id: string; lead: string | null; by: string | null }>(
    `SELECT d.deal_id, l.lead_id AS lead, m.matched_by AS by
     FROM deals d LEFT JOIN deal_matches m ON m.deal_key = d._key LEFT JOIN leads l ON l._key = m.lead_key`,
  );
  return Object.fromEntries(rows.map((r) => [r.deal_id, { lead: r.lead, by: r.by }]));
}
