import { useId, useState } from 'react';
import { REMINDER_LEADS, SESSION_TIME_PATTERN as TIME_PATTERN } from '../../domain/calendar-options';
import type { CalendarSession } from '../../domain/calendar-sync';
import type { Plan } from '../../domain/plan';
import type { PlannerState } from '../../state/planner-store';
import type { CalendarExportRecord } from '../../state/later-events';
import { selectCalendarBehind } from '../../state/derived';
import type { PlanPreferences } from '../../state/saved-shape';
import { todayOnDevice } from '../../state/today';
import { usePlanner } from '../../state/use-planner';
import type { IsoDate } from '../../domain/dates';
import { downloadFile } from '../../ui/download';
import { appAddress } from './app-address';
import { useResultWords } from '../../state/language';

/** A timed session's length in the calendar when the evidence doesn't name one (rule 9 names 60 for chronic pain). */
const DEFAULT_MINUTES = 60;

interface CalendarExportProps {
  readonly plan: Plan;
  readonly sessionMinutes: number | null;
  readonly preferences: PlanPreferences;
  readonly choosePlan: PlannerState['choosePlan'];
  /** Records the export (`later-events.ts`) and returns what the calendar file needs. */
  readonly exportCalendar: (sessions: readonly CalendarSession[], today: IsoDate) => CalendarExportRecord;
}

/** Time of day, reminder, and the .ics download; the calendar writer loads only when asked for. */
export function CalendarExport({ plan, sessionMinutes, preferences, choosePlan, exportCalendar }: CalendarExportProps) {
  const { t, count } = useResultWords();
  const id = useId();
  const [status, setStatus] = useState('');
  const [timeText, setTimeText] = useState(preferences.time ?? '18:00');
  const [timeError, setTimeError] = useState(false);
  const isTimed = preferences.time !== null || timeError;
  const isBehind = usePlanner((state) => selectCalendarBehind(state, todayOnDevice()));

  const download = async () => {
    if (isTimed && timeError) return;
    try {
      const { toICalendar } = await import('../../domain/calendar');
      const sessions = plan.sessions.map(({ planned, date }) => ({ planned, date }));
      const now = new Date();
      const today = todayOnDevice(now);
      const { calendarId, sequence, cancelled } = exportCalendar(sessions, today);
      const url = appAddress();
      const result = toICalendar(plan, {
        calendarId,
        now: now.getTime(),
        localNow: { date: today, minutes: now.getHours() * 60 + now.getMinutes() },
        time: preferences.time,
        minutes: sessionMinutes ?? DEFAULT_MINUTES,
        reminder: preferences.reminder,
        sequence,
        cancelled,
        words: {
          title: t('plan.event.title'),
          description: t('plan.event.description', { url }),
          reminder: {
            'evening-before': t('plan.event.reminder.evening-before'),
            'two-hours-before': t('plan.event.reminder.two-hours-before'),
          },
        },
      });
      if (!result.ok) {
        setStatus(t('plan.downloadFailed'));
        return;
      }
      const file = t('plan.fileName');
      downloadFile(file, 'text/calendar;charset=utf-8', result.text);
      setStatus(count('plan.downloaded', plan.sessions.length, { file }));
    } catch {
      setStatus(t('plan.downloadFailed'));
    }
  };

  return (
    <section className="panel no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('plan.calendarTitle')}</h2>
      <fieldset className="fieldset fieldset--small">
        <legend className="label">{t('plan.time')}</legend>
        <label className="radio-line">
          <input
            type="radio"
            name={`${id}-time`}
            checked={!isTimed}
            onChange={() => {
              setTimeError(false);
              choosePlan({ time: null });
            }}
          />
          <span>{t('plan.timeAllDay')}</span>
        </label>
        <label className="radio-line">
          <input
            type="radio"
            name={`${id}-time`}
            checked={isTimed}
            onChange={() => {
              const isValid = TIME_PATTERN.test(timeText);
              setTimeError(!isValid);
              if (isValid) choosePlan({ time: timeText });
            }}
          />
          <span>{t('plan.timeAt')}</span>
        </label>
        {isTimed ? (
          <div className={timeError ? 'field field--error choice__reveal' : 'field choice__reveal'}>
            <label className="label" htmlFor={`${id}-clock`}>
              {t('plan.timeLabel')}
            </label>
            {timeError ? (
              <p className="error-message" id={`${id}-time-error`}>
                {t('plan.timeError')}
              </p>
            ) : null}
            <input
              className="input input--short"
              type="time"
              id={`${id}-clock`}
              value={timeText}
              aria-invalid={timeError ? true : undefined}
              aria-describedby={timeError ? `${id}-time-error` : undefined}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setTimeText(value);
                const isValid = TIME_PATTERN.test(value);
                setTimeError(!isValid);
                if (isValid) choosePlan({ time: value });
              }}
            />
          </div>
        ) : null}
      </fieldset>
      <fieldset className="fieldset fieldset--small">
        <legend className="label">{t('plan.reminder')}</legend>
        {REMINDER_LEADS.map((lead) => (
          <label className="radio-line" key={lead}>
            <input
              type="radio"
              name={`${id}-reminder`}
              checked={preferences.reminder === lead}
              onChange={() => {
                choosePlan({ reminder: lead });
              }}
            />
            <span>{t(`plan.reminder.${lead}`)}</span>
          </label>
        ))}
      </fieldset>
      {isBehind ? (
        <p className="notice" role="status">
          {t('plan.calendarBehind')}
        </p>
      ) : null}
      {plan.sessions.length === 0 ? (
        <p>{t('plan.downloadEmpty')}</p>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => {
            void download();
          }}
        >
          {t('plan.download')}
        </button>
      )}
      <p className="status-line" role="status">
        {status}
      </p>
    </section>
  );
}
