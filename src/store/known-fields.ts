import type { KnownFields } from '../lib/metrics/context';
import type { LoadedUpload } from './dataset-slice';

/** Canonical fields mapped in at least one loaded file (a closed-won export makes `outcome` known). */
export function knownFieldsOf(uploads: readonly LoadedUpload[]): KnownFields {
  const leads = new Set<string>();
  const deals = new Set<string>();
  for (const upload of uploads) {
    const target = upload.prepared.kind === 'leads' ? leads : deals;
    for (const [field, column] of Object.entries(upload.choice.mapping))
      if (column !== undefined) target.add(field);
    if (upload.prepared.kind === 'deals' && upload.choice.closedWonAssumed) deals.add('outcome');
  }
  return { leads, deals };
}
