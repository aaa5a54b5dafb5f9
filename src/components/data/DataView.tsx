import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TableKind } from '../../lib/ingest/fields';
import { addFiles, loadSample, startEngine, useAppStore } from '../../store';
import { RestoringNotice } from '../shell/RestoringFiles';
import { OpenSnapshot, isSnapshotFile, openSnapshotFile } from '../share/OpenSnapshot';
import { DropZone } from './DropZone';
import { LoadedFiles } from './LoadedFiles';
import { LoadProgress } from './LoadProgress';
import { MappingReview } from './MappingReview';
import { MatchSummary } from './MatchSummary';
import { Problems } from './Problems';
import { RejectedList } from './RejectedList';

/** A snapshot file dropped or chosen on either zone opens as a snapshot; everything else is data. */
function onFiles(kind: TableKind, files: File[]) {
  const snapshot = files.find(isSnapshotFile);
  if (snapshot) void openSnapshotFile(snapshot);
  else addFiles(kind, files);
}

/** The front door: the two drop zones, the sample, then what was loaded and how well. */
export function DataView() {
  const { review, kinds, busy, restoring } = useAppStore(
    useShallow((s) => ({
      review: s.review,
      kinds: s.uploads.map((u) => u.prepared.kind).join(','),
      busy: s.progress !== null || s.restoring,
      restoring: s.restoringFiles.length > 0,
    })),
  );
  const hasLeads = kinds.includes('leads');
  const hasDeals = kinds.includes('deals');
  // After a reload, not an empty page inviting a second upload: the saved files are on their way.
  const empty = kinds === '' && !restoring;
  // The front door is where files are loaded: the engine starts while the user reads it (after paint).
  useEffect(startEngine, []);
  return (
    <>
      {empty && (
        <div className="hero">
          <h2 style={{ fontSize: '1.35rem' }}>How much revenue do your leads leak?</h2>
          <p>
            Drop your CRM’s lead export and your closed deals. LeadGap shows the funnel, which leads were
            never followed up, by source and by rep, and what that costs.
          </p>
        </div>
      )}
      {restoring && <RestoringNotice then="They come back with their mapping, as they were." />}
      <Problems />
      <LoadProgress />
      {review && <MappingReview key={review.prepared.uploadId} review={review} />}
      <div className="drop-zones">
        <DropZone
          kind="leads"
          title="Leads"
          description="Your CRM’s lead export: Salesforce, HubSpot, Pipedrive, Zoho or a spreadsheet (CSV or Excel)."
          compact={!empty}
          onFiles={onFiles}
        />
        <DropZone
          kind="deals"
          title="Deals"
          description="Your closed deals or opportunities (CSV or Excel). Optional: either file alone works."
          compact={!empty}
          onFiles={onFiles}
        />
      </div>
      {empty && (
        <div className="sample-row">
          <button type="button" className="primary" disabled={busy} onClick={() => void loadSample()}>
            Try sample data
          </button>
          <span className="privacy">
            <svg aria-hidden="true" width="14" height="16" viewBox="0 0 14 16">
              <rect x="1" y="7" width="12" height="8" rx="1.5" fill="currentColor" />
              <path d="M4 7V4.5a3 3 0 0 1 6 0V7" stroke="currentColor" strokeWidth="1.6" fill="none" />
            </svg>{' '}
            Your data never leaves this computer: it is read by a database running inside this page.
          </span>
        </div>
      )}
      <OpenSnapshot />
      <MatchSummary hasLeads={hasLeads} hasDeals={hasDeals} />
      <LoadedFiles />
      <RejectedList />
    </>
  );
}
