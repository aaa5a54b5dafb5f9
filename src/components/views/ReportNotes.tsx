import { useId } from 'react';
import { comparisonParams, type Granularity } from '../../lib/metrics';
import { useAppStore, useMetric } from '../../store';
import { formatNoteDay } from '../charts/TrendNotes';

/** The report keeps to one printed page: a few notes are listed, the rest counted. */
const MAX_LISTED = 3;

/**
 * The report's notes: those pinned to a day within the two periods compared, so a change can be read
 * against what happened; the others are only counted (all of them are on the Follow-up trend).
 * Nothing when there are no notes.
 */
export function ReportNotes() {
  const notes = useAppStore((s) => s.notes);
  const choice = useAppStore((s) => s.comparison);
  const query = useMetric('comparison', ...(comparisonParams(choice) as [Granularity]));
  const id = useId();
  if (notes.length === 0) return null;
  const periods = query.data ? [query.data.previous, query.data.current] : null;
  const within = periods
    ? notes.filter((n) => periods.some((p) => n.date >= p.from && n.date <= p.to))
    : notes;
  const listed = within.slice(0, MAX_LISTED);
  const more = within.length - listed.length;
  const outside = notes.length - within.length;
  const counted = [
    more > 0 ? `${more} more in these periods` : '',
    outside > 0 ? `${outside === 1 ? '1 other note' : `${outside} other notes`} outside them` : '',
  ].filter((part) => part !== '');
  return (
    <section className="card small report-notes" aria-labelledby={`${id}-notes`} data-testid="report-notes">
      <h2 id={`${id}-notes`}>{periods ? 'Notes in these periods' : 'Notes'}</h2>
      {listed.length > 0 ? (
        <ul>
          {listed.map((note) => (
            <li key={note.id} data-testid="report-note" data-date={note.date}>
              <time dateTime={note.date}>{formatNoteDay(note.date)}</time>: {note.text}
            </li>
          ))}
        </ul>
      ) : (
        <p>No note falls within the periods compared.</p>
      )}
      {counted.length > 0 && (
        <p className="muted report-notes-more">
          {counted.join(', and ')}: every note is on the Follow-up trend.
        </p>
      )}
    </section>
  );
}
