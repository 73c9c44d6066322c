import { useId, useRef, useState, type ReactNode } from 'react';
import { REMINDER_LEADS, SESSION_TIME_PATTERN as TIME_PATTERN } from '../../domain/calendar-options';
import type { Plan } from '../../domain/plan';
import type { PlannerState } from '../../state/planner-store';
import { downloadCalendar } from '../../state/calendar-file';
import { selectCalendarBehind } from '../../state/derived';
import type { PlanPreferences } from '../../state/saved-shape';
import { todayOnDevice } from '../../state/today';
import { plannerStore, usePlanner } from '../../state/use-planner';
import { downloadFile } from '../../ui/download';
import { appAddress } from '../../ui/app-address';
import { useResultWords } from '../../state/language';

interface CalendarExportProps {
  readonly plan: Plan;
  readonly sessionMinutes: number | null;
  readonly preferences: PlanPreferences;
  readonly choosePlan: PlannerState['choosePlan'];
  /** The screen's one filled button: the plan's next step where the practice takes no bookings here. */
  readonly isPrimary: boolean;
  /** Beside the download: printing the plan, the other way to keep it. */
  readonly children?: ReactNode;
}

/**
 * The .ics download first, with time of day and reminder folded under it (their defaults suit most people); the
 * calendar writer loads only when asked for.
 */
export function CalendarExport({
  plan,
  sessionMinutes,
  preferences,
  choosePlan,
  isPrimary,
  children,
}: CalendarExportProps) {
  const words = useResultWords();
  const { t, count } = words;
  const id = useId();
  const [status, setStatus] = useState('');
  const [timeText, setTimeText] = useState(preferences.time ?? '18:00');
  const [timeError, setTimeError] = useState(false);
  const isTimed = preferences.time !== null || timeError;
  const isBehind = usePlanner((state) => selectCalendarBehind(state, todayOnDevice()));

  const optionsRef = useRef<HTMLDetailsElement>(null);
  const clockRef = useRef<HTMLInputElement>(null);

  const download = async () => {
    if (isTimed && timeError) {
      // The time to fix may be folded away: show it, and go to it.
      if (optionsRef.current !== null) optionsRef.current.open = true;
      clockRef.current?.focus();
      return;
    }
    const options = { sessionMinutes, preferences, words, url: appAddress() };
    const file = await downloadCalendar(plannerStore, plan, options, downloadFile);
    setStatus(file === null ? t('plan.downloadFailed') : count('plan.downloaded', plan.sessions.length, { file }));
  };

  return (
    <section className="panel no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('plan.calendarTitle')}</h2>
      {isBehind ? (
        <p className="notice" role="status">
          {t('plan.calendarBehind')}
        </p>
      ) : null}
      <div className="actions actions--tight">
        {plan.sessions.length === 0 ? (
          <p>{t('plan.downloadEmpty')}</p>
        ) : (
          <button
            type="button"
            className={isPrimary ? 'button' : 'button button--secondary'}
            onClick={() => {
              void download();
            }}
          >
            {t('plan.download')}
          </button>
        )}
        {children}
      </div>
      <p className="status-line" role="status">
        {status}
      </p>
      <details className="options" ref={optionsRef}>
        <summary className="options__summary">{t('plan.calendarOptions')}</summary>
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
                ref={clockRef}
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
      </details>
    </section>
  );
}
