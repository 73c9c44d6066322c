import { useEffect, useRef, useState } from 'react';
import { parseIsoDate, type IsoDate } from '../../domain/dates';
import { checkMove, type Plan, type Session } from '../../domain/plan';
import { DateField } from '../../ui/date-field';
import { useResultWords } from '../../state/language';

export interface SessionEditing {
  readonly today: IsoDate;
  readonly moveSession: (planned: IsoDate, to: IsoDate | null) => void;
  readonly restoreSession: (planned: IsoDate) => void;
  /** A skipped session leaves the list: focus goes somewhere sensible instead of to the page's start. */
  readonly onSkipped: () => void;
}

interface SessionListProps {
  readonly plan: Plan;
  readonly today: IsoDate;
  /** Without it the list is read-only (a shared plan's preview). */
  readonly editing?: SessionEditing | undefined;
}

/** The sessions by month, the next one marked; upcoming ones can be moved or skipped; skipped ones put back. */
export function SessionList({ plan, today, editing }: SessionListProps) {
  const words = useResultWords();
  const { t } = words;
  const next = plan.sessions.find((session) => session.date >= today);
  const months = new Map<string, Session[]>();
  for (const session of plan.sessions) {
    const key = session.date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), session]);
  }
  return (
    <div className="months">
      {[...months.values()].map((sessions) => {
        const first = sessions[0];
        if (first === undefined) return null;
        return (
          <section className="month" key={first.date.slice(0, 7)} aria-label={words.month(first.date)}>
            <h3 className="month__title">{words.month(first.date)}</h3>
            <ul className="sessions">
              {sessions.map((session) => (
                <SessionItem
                  key={session.planned}
                  session={session}
                  isNext={session === next}
                  isPast={session.date < today}
                  plan={plan}
                  editing={editing}
                />
              ))}
            </ul>
          </section>
        );
      })}
      {plan.skipped.length === 0 ? null : (
        <section className="month" aria-labelledby="skipped-title">
          <h3 className="month__title" id="skipped-title">
            {t('plan.skippedTitle')}
          </h3>
          <ul className="sessions">
            {plan.skipped.map((planned) => (
              <li className="session session--skipped" key={planned}>
                <span className="session__date">{words.date(planned)}</span>
                {editing === undefined ? null : (
                  <button
                    type="button"
                    className="link-button no-print"
                    aria-label={t('plan.restoreLabel', { date: words.date(planned) })}
                    onClick={() => {
                      editing.restoreSession(planned);
                    }}
                  >
                    {t('plan.restore')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

interface SessionItemProps {
  readonly session: Session;
  readonly isNext: boolean;
  readonly isPast: boolean;
  readonly plan: Plan;
  readonly editing: SessionEditing | undefined;
}

function SessionItem({ session, isNext, isPast, plan, editing }: SessionItemProps) {
  const words = useResultWords();
  const { t } = words;
  const [isEditing, setIsEditing] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (!isEditing && wasEditing.current) buttonRef.current?.focus();
    wasEditing.current = isEditing;
  }, [isEditing]);
  const className = ['session', isNext ? 'session--next' : '', isPast ? 'session--past' : ''].join(' ').trim();
  return (
    <li className={className}>
      <div className="session__main">
        <span className="session__date">{words.date(session.date)}</span>
        {isNext ? <span className="tag tag--next">{t('plan.nextTag')}</span> : null}
        <span className="session__meta">
          {[
            isPast ? t('plan.past') : null,
            t(`plan.phase.${session.phase}`),
            session.date === session.planned ? null : t('plan.moved', { date: words.date(session.planned) }),
          ]
            .filter((part) => part !== null)
            .join(' · ')}
        </span>
        {session.isReview ? <span className="session__review">{t('plan.review')}</span> : null}
      </div>
      {editing === undefined || isPast ? null : isEditing ? (
        <MoveForm
          session={session}
          plan={plan}
          editing={editing}
          onDone={() => {
            setIsEditing(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="link-button no-print"
          ref={buttonRef}
          aria-label={t('plan.changeTitle', { date: words.date(session.date) })}
          onClick={() => {
            setIsEditing(true);
          }}
        >
          {t('plan.change')}
        </button>
      )}
    </li>
  );
}

interface MoveFormProps {
  readonly session: Session;
  readonly plan: Plan;
  readonly editing: SessionEditing;
  readonly onDone: () => void;
}

/** Move one session to another day, or skip it; the ceilings and the plan's dates are checked first. */
function MoveForm({ session, plan, editing, onDone }: MoveFormProps) {
  const words = useResultWords();
  const { t } = words;
  const [value, setValue] = useState<string>(session.date);
  const [error, setError] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const onSubmit = () => {
    const to = parseIsoDate(value);
    if (to === null) {
      setError(t('plan.moveProblem.missing'));
      return;
    }
    const problem = to === session.date ? null : checkMove(plan, session.planned, to, editing.today);
    if (problem !== null) {
      setError(
        problem === 'too-many-in-a-week'
          ? words.count('plan.tooManyInAWeek', plan.maxInAWeek)
          : t(`plan.moveProblem.${problem}`, {
              date: words.date(problem === 'after-end' ? plan.until : plan.earliest),
            }),
      );
      return;
    }
    if (to !== session.date) editing.moveSession(session.planned, to);
    onDone();
  };

  return (
    <form
      className="move-form no-print"
      noValidate
      aria-label={t('plan.changeTitle', { date: words.date(session.date) })}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <DateField
        label={t('plan.moveTo')}
        value={value}
        min={editing.today > plan.earliest ? editing.today : plan.earliest}
        error={error}
        inputRef={inputRef}
        onChange={(next) => {
          setValue(next);
          setError(undefined);
        }}
      />
      <div className="actions">
        <button type="submit" className="button">
          {t('plan.moveButton')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            editing.moveSession(session.planned, null);
            editing.onSkipped();
          }}
        >
          {t('plan.skipButton')}
        </button>
        <button type="button" className="link-button" onClick={onDone}>
          {t('plan.cancel')}
        </button>
      </div>
    </form>
  );
}
