/**
 * The link the user chose between deals and leads: remembered in localStorage (its own key beside the
 * app store's preferences), tried first by every matching, including the restore after a reload.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { TableKind } from '../lib/ingest/fields';
import { columnHeaders, linkCandidates, previewLink, type LinkCandidates } from '../lib/ingest/link-choice';
import {
  matchDeals,
  matchCounts,
  matchDetails,
  preferLink,
  type LinkPair,
  type MatchDetails,
} from '../lib/ingest/match';
import { useAppStore } from './app-store';
import { readyDb } from './ingest-service';

interface LinkState {
  choice: LinkPair | null;
}

function asPair(value: unknown): LinkPair | null {
  if (typeof value !== 'object' || value === null) return null;
  const { deals, leads } = value as Record<string, unknown>;
  return typeof deals === 'string' && typeof leads === 'string' && deals !== '' && leads !== ''
    ? { deals: deals.slice(0, 300), leads: leads.slice(0, 300) }
    : null;
}

const useLinkChoice = create<LinkState>()(
  persist((): LinkState => ({ choice: null }), {
    name: 'leadgap-link',
    version: 1,
    // A stored value is checked before it reaches SQL (it is quoted there too).
    merge: (persisted, current) => ({
      ...current,
      choice: asPair((persisted as Partial<LinkState> | null)?.choice),
    }),
    partialize: (state) => ({ choice: state.choice }),
  }),
);

// Loads match deals without going through the store (the reload's restore among them): the matcher
// reads the choice it was handed here. localStorage hydrates at creation, before any file is read.
preferLink(useLinkChoice.getState().choice);
useLinkChoice.subscribe((state) => preferLink(state.choice));

/** Re-matches with `pair` tried first (null: the usual columns only); every figure follows. */
export async function applyLinkChoice(pair: LinkPair | null): Promise<void> {
  useLinkChoice.setState({ choice: pair });
  await matchDeals(await readyDb(), pair);
  useAppStore.setState((s) => ({ dataVersion: s.dataVersion + 1 }));
}

export function resetLinkChoice(): Promise<void> {
  return applyLinkChoice(null);
}

export interface DealLinkReport {
  details: MatchDetails;
  /** Columns the user may link by, per view. */
  candidates: LinkCandidates;
  /** The uploaded header(s) behind each view column. */
  headers: Record<TableKind, Record<string, string>>;
}

/** How deals are linked now, named in the files' own headers, and what could link them instead. */
export async function dealLinkReport(): Promise<DealLinkReport> {
  const db = await readyDb();
  const uploads = useAppStore.getState().uploads.map((u) => ({
    kind: u.prepared.kind,
    headers: u.prepared.sniffed.headers,
    mapping: u.choice.mapping,
  }));
  return {
    details: await matchDetails(db),
    candidates: await linkCandidates(db),
    headers: columnHeaders(uploads),
  };
}

/** How many deals are loaded and how many are linked to a lead (one statement). */
export async function dealsMatched(): Promise<{ deals: number; matched: number }> {
  return matchCounts(await readyDb());
}

/** The share of deals `pair` would link once applied (null: its columns are not loaded). */
export async function linkPreview(pair: LinkPair) {
  return previewLink(await readyDb(), pair);
}

export type { LinkPair };
