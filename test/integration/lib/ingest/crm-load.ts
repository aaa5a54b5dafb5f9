/** Loads a generated CRM export pair (test/fixtures/make/crm) as the app does, from memory. */
import type { Db } from '../../../../src/lib/db';
import type { Mapping } from '../../../../src/lib/ingest/automap';
import type { TableKind } from '../../../../src/lib/ingest/fields';
import { commitUpload, prepareUpload } from '../../../../src/lib/ingest/pipeline';
import {
  MetricsEngine,
  knownFields,
  metricsDocument,
  type MetricsDocument,
} from '../../../../src/lib/metrics';
import { CRM_EXPORTS } from '../../../fixtures/make/crm/index.mjs';
import { freshDb } from '../../../support/db';

export interface CrmFile {
  fileName: string;
  text: string;
  headers: string[];
  /** Field → header, as the columns are meant to map once their values are seen. */
  mapping: Record<string, string>;
  /** Field → header that names the field but whose values rule it out. */
  setAside: Record<string, string>;
}

export interface CrmFigures {
  leads: number;
  deals: number;
  dealsMatched: number;
  asOf: string | null;
  followedUp: number | null;
  neverFollowedUp: number | null;
  wonDeals: number | null;
  wonAmount: number | null;
  wonLeads: number | null;
}

export interface CrmExport {
  crm: string;
  pending: string[];
  leads: CrmFile;
  deals: CrmFile & { closedWonAssumed: boolean };
  expected: CrmFigures;
}

export type CrmName = keyof typeof CRM_EXPORTS;
export const CRM_NAMES = Object.keys(CRM_EXPORTS) as CrmName[];

export function crmExport(name: CrmName): CrmExport {
  return CRM_EXPORTS[name]() as CrmExport;
}

export interface LoadedExport {
  db: Db;
  /** Field → header of each file as the pipeline mapped it. */
  mapped: Record<TableKind, Record<string, string>>;
  doc: MetricsDocument;
}

const byHeader = (mapping: Mapping, headers: readonly string[]) =>
  Object.fromEntries(Object.entries(mapping).map(([field, column]) => [field, headers[column ?? -1] ?? '?']));

export async function loadExport(pair: CrmExport): Promise<LoadedExport> {
  const db = await freshDb();
  const uploads = [];
  const mapped = { leads: {}, deals: {} } as LoadedExport['mapped'];
  let uploadId = 1;
  for (const kind of ['leads', 'deals'] as const) {
    const file = new File([pair[kind].text], pair[kind].fileName);
    const prepared = await prepareUpload(db, file, { uploadId: uploadId++, kind, fileName: file.name });
    await commitUpload(db, prepared, {
      mapping: prepared.mapping,
      formats: prepared.detection.formats,
      closedWonAssumed: prepared.closedWonAssumed,
    });
    uploads.push({ kind, mapping: prepared.mapping, closedWonAssumed: prepared.closedWonAssumed });
    mapped[kind] = byHeader(prepared.mapping, prepared.sniffed.headers);
  }
  const doc = await metricsDocument(new MetricsEngine(db), { known: knownFields(uploads) });
  return { db, mapped, doc };
}

/** The document's figures in the generator's terms; the won amount to the cent. */
export function figuresOf(doc: MetricsDocument): CrmFigures {
  const { wonAmount } = doc.revenue;
  return {
    leads: doc.counts.leads,
    deals: doc.counts.deals,
    dealsMatched: doc.counts.dealsMatched,
    asOf: doc.asOf,
    followedUp: doc.followUp.followedUp,
    neverFollowedUp: doc.followUp.neverFollowedUp,
    wonDeals: doc.revenue.wonDeals,
    wonAmount: wonAmount === null ? null : Math.round(wonAmount * 100) / 100,
    wonLeads: doc.revenue.wonLeads,
  };
}
