import { it } from 'vitest';
import { freshDb, load } from '../../../support/db';
import { fixture, sample } from '../../../support/files';
import { matchSummary } from '../../../../src/lib/ingest/match';
import { problemsCsv } from '../../../../src/lib/ingest/problems';

it('scratch', async () => {
  const db = await freshDb();
  const l = await load(db, 'leads', sample('leads.csv'));
  const d = await load(db, 'deals', sample('deals.csv'));
  for (const x of [l, d]) { const { valueIssues, rejected, ...r } = x.report; console.log(JSON.stringify(r), x.prepared.reasons, JSON.stringify(x.prepared.detection), JSON.stringify(x.prepared.mapping)); }
  console.log(JSON.stringify(await matchSummary(db)));
  const db2 = await freshDb();
  const b = await load(db2, 'leads', fixture('leads-broken-quoting.csv'));
  console.log(await problemsCsv(db2, [{ uploadId: b.report.uploadId, fileName: b.report.fileName }]));
  const db3 = await freshDb();
  await load(db3, 'leads', fixture('leads-dates-with-zone.csv'));
  console.log(JSON.stringify(await db3.query(`SELECT lead_id, epoch_ms(created_at) AS c, typeof(created_at) t FROM leads`)));
  console.log(JSON.stringify(await db3.query(`SELECT extension_name, loaded, installed FROM duckdb_extensions()`)));
  console.log(JSON.stringify(await db3.query(`SELECT data_type FROM duckdb_columns() WHERE table_name='leads' AND column_name='created_at'`)));
});
