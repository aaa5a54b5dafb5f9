import type { Db } from '../../src/lib/db';
import type { LoadReport, PreparedUpload } from '../../src/lib/ingest/pipeline';
import { MetricsEngine, knownFields, metricsDocument } from '../../src/lib/metrics';

/** The JSON export's figures for what is loaded, the fields known from the files' mappings. */
export function metricsOf(db: Db, loaded: readonly { prepared: PreparedUpload; report: LoadReport }[]) {
  const known = knownFields(
    loaded.map(({ prepared, report }) => ({
      kind: prepared.kind,
      mapping: report.choice.mapping,
      closedWonAssumed: report.choice.closedWonAssumed,
    })),
  );
  return metricsDocument(new MetricsEngine(db), { known });
}
