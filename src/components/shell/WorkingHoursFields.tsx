import { useId, useMemo } from 'react';
import { WEEKDAYS, type ClockDraft } from './working-hours-draft';

interface Props {
  draft: ClockDraft;
  onChange: (draft: ClockDraft) => void;
  browserZone: string;
  /** What to fix, or null when the settings are valid. */
  error: string | null;
}

/** Every zone the browser knows, for the zone inputs' suggestions. */
function zones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? [];
}

/**
 * The export's time zone and the optional working hours (issue 20), inside the lead definition
 * dialog: response time is then also measured on the working clock, and the SLA judged on the clock
 * the user picks.
 */
export function WorkingHoursFields({ draft, onChange, browserZone, error }: Props) {
  const id = useId();
  const list = useMemo(() => zones(), []);
  const set = (change: Partial<ClockDraft>) => onChange({ ...draft, ...change });
  const toggleDay = (day: number) =>
    set({ days: draft.days.includes(day) ? draft.days.filter((d) => d !== day) : [...draft.days, day] });
  return (
    <fieldset className="clock-fields">
      <legend>Time zone and working hours</legend>
      <datalist id={`${id}-zones`}>
        {list.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <label htmlFor={`${id}-export`}>Time zone the export’s times are written in</label>
      <input
        id={`${id}-export`}
        list={`${id}-zones`}
        value={draft.exportZone}
        placeholder={`This browser’s: ${browserZone}`}
        onChange={(e) => set({ exportZone: e.target.value })}
        data-testid="def-export-zone"
      />
      <p className="small muted">Times written with their own offset (…Z, +01:00) keep it.</p>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.on}
          onChange={(e) => set({ on: e.target.checked })}
          data-testid="def-hours-on"
        />{' '}
        Also measure response time in working hours
      </label>
      {draft.on && (
        <div className="clock-hours">
          <div role="group" aria-label="Working days" className="segmented day-picks">
            {WEEKDAYS.map((name, i) => (
              <button
                key={name}
                type="button"
                aria-pressed={draft.days.includes(i + 1)}
                onClick={() => toggleDay(i + 1)}
              >
                {name}
              </button>
            ))}
          </div>
          <div className="clock-times">
            <label htmlFor={`${id}-start`}>From</label>
            <input
              id={`${id}-start`}
              type="time"
              value={draft.start}
              onChange={(e) => set({ start: e.target.value })}
              data-testid="def-hours-start"
            />
            <label htmlFor={`${id}-end`}>to</label>
            <input
              id={`${id}-end`}
              type="time"
              value={draft.end}
              onChange={(e) => set({ end: e.target.value })}
              data-testid="def-hours-end"
            />
          </div>
          <p className="small muted">
            An end before the start runs overnight; the same time is the whole day.
          </p>
          <label htmlFor={`${id}-zone`}>Working hours’ time zone</label>
          <input
            id={`${id}-zone`}
            list={`${id}-zones`}
            value={draft.hoursZone}
            placeholder={`The export’s: ${draft.exportZone.trim() || browserZone}`}
            onChange={(e) => set({ hoursZone: e.target.value })}
            data-testid="def-hours-zone"
          />
          <label htmlFor={`${id}-holidays`}>Holidays (one YYYY-MM-DD a line)</label>
          <textarea
            id={`${id}-holidays`}
            rows={3}
            value={draft.holidays}
            onChange={(e) => set({ holidays: e.target.value })}
            data-testid="def-hours-holidays"
          />
          <div role="radiogroup" aria-label="Judge the SLA on" className="clock-sla">
            <span className="small">Judge the SLA on</span>
            {(['working', 'clock'] as const).map((clock) => (
              <label key={clock} className="check">
                <input
                  type="radio"
                  name={`${id}-sla-clock`}
                  checked={draft.slaClock === clock}
                  onChange={() => set({ slaClock: clock })}
                  data-testid={`def-sla-${clock}`}
                />{' '}
                {clock === 'working' ? 'working hours' : 'the clock (every hour counts)'}
              </label>
            ))}
          </div>
        </div>
      )}
      {error && (
        <p className="small gap-text" role="alert" data-testid="def-clock-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
