import { useEffect, useId, useRef, useState } from 'react';
import { parseIsoDate, type IsoDate } from '../../domain/dates';
import type { Soreness } from '../../domain/guide';
import type { HistoryEntry } from '../../domain/history';
import type { Session } from '../../domain/plan';
import { changeStory } from '../../domain/change-story';
import { selectCalendarBehind, selectChangeMadeBy, selectPlanner } from '../../state/derived';
import { todayOnDevice } from '../../state/today';
import { recordCheckIn, skipSessions } from '../../state/later-events';
import { plannerStore, usePlanner } from '../../state/use-planner';
import { CardChoices, PainScale, type PainAnswer } from '../../ui/card-choices';
import { DateField } from '../../ui/date-field';
import { useResultWords } from '../../state/language';

type Happened = 'yes' | 'moved' | 'no';

/**
 * After a planned session's date has passed, asks how it went (two taps for the common case: how it felt, Save),
 * then shows what changed in the recommendation and why. Several missed sessions: asks about the latest, and
 * marks the earlier ones skipped in one tap. After a retake, what the new answers changed comes first.
 */
export function CheckInPrompt() {
  const today = todayOnDevice();
  const view = usePlanner((state) => selectPlanner(state, today));
  const [isSaved, setIsSaved] = useState(false);
  // What the last retake, check-in or advice changed, until the person has read it (kept by the store, so it
  // survives the screen changing under it: a check-in that refers turns the plan into "see a professional").
  const change = usePlanner((state) => selectChangeMadeBy(state, today, state.changedBy));
  const dismissChange = usePlanner((state) => state.dismissChange);

  if (view === null) return null;
  if (change !== null && hasChanges(change)) return <ChangesPanel entry={change} onDismiss={dismissChange} />;
  const due = view.due;
  if (due.latest === null) return isSaved ? <SavedLine /> : null;
  return (
    <CheckInForm
      key={due.latest.planned}
      session={due.latest}
      earlier={due.earlier}
      isChronic={view.reading.answers.goal === 'chronic-pain'}
      today={today}
      onSaved={() => {
        setIsSaved(true);
      }}
    />
  );
}

/** Did this event change what the person sees? */
function hasChanges(entry: HistoryEntry): boolean {
  return changeStory(entry) !== null;
}

interface CheckInFormProps {
  readonly session: Session;
  readonly earlier: readonly Session[];
  readonly isChronic: boolean;
  readonly today: IsoDate;
  readonly onSaved: () => void;
}

function CheckInForm({ session, earlier, isChronic, today, onSaved }: CheckInFormProps) {
  const words = useResultWords();
  const { t } = words;
  const id = useId();
  // Nothing is chosen for the person: how they felt says it happened, so the common case is still two taps.
  const [happened, setHappened] = useState<Happened>();
  const [movedTo, setMovedTo] = useState('');
  const [felt, setFelt] = useState<Soreness>();
  const [pain, setPain] = useState<PainAnswer>();
  const [improving, setImproving] = useState<boolean>();
  const [errors, setErrors] = useState<{ felt?: string; moved?: string }>({});
  const headingRef = useRef<HTMLHeadingElement>(null);

  const save = () => {
    const movedDate = parseIsoDate(movedTo);
    const found: { felt?: string; moved?: string } = {};
    if (happened !== 'no' && felt === undefined) found.felt = t('checkIn.feltError');
    if (happened === 'moved' && (movedDate === null || movedDate > today)) found.moved = t('checkIn.movedDateError');
    setErrors(found);
    if (found.felt !== undefined || found.moved !== undefined) {
      headingRef.current?.focus();
      return;
    }
    const common = {
      date: happened === 'moved' && movedDate !== null ? movedDate : session.date,
      planned: session.planned,
      ...(typeof pain === 'number' ? { pain } : {}),
      ...(improving === undefined ? {} : { improving }),
    };
    if (happened === 'no' || felt === undefined) recordCheckIn(plannerStore, { ...common, happened: false });
    else recordCheckIn(plannerStore, { ...common, happened: true, felt });
    onSaved();
  };

  return (
    <section className="panel check-in" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t('checkIn.title', { date: words.date(session.date) })}
      </h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <CardChoices
          legend={t('checkIn.happened')}
          options={(['yes', 'moved', 'no'] as const).map((value) => ({
            value,
            label: t(`checkIn.happened.${value}`),
          }))}
          selected={happened}
          onChange={setHappened}
        >
          {happened === 'moved' ? (
            <DateField
              className="choice__reveal"
              label={t('checkIn.movedDate')}
              value={movedTo}
              max={today}
              error={errors.moved}
              onChange={setMovedTo}
            />
          ) : null}
        </CardChoices>
        {happened === 'no' ? null : (
          <CardChoices
            legend={t('checkIn.felt')}
            options={words.choices.soreness}
            selected={felt}
            onChange={setFelt}
            error={errors.felt}
          />
        )}
        {isChronic ? (
          <>
            <PainScale legend={t('checkIn.pain')} notSaid={t('checkIn.painNone')} value={pain} onChange={setPain} />
            <CardChoices
              legend={t('checkIn.improving')}
              options={words.choices.improving}
              selected={improving}
              onChange={setImproving}
            />
          </>
        ) : null}
        <div className="actions">
          {/* Secondary: the screen's one filled button is its next step (booking, or the dates). */}
          <button type="submit" className="button button--secondary">
            {t('checkIn.save')}
          </button>
          {earlier.length === 0 ? null : (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                skipSessions(
                  plannerStore,
                  earlier.map((one) => one.planned),
                );
              }}
            >
              {earlier.length === 1 && earlier[0] !== undefined
                ? t('checkIn.skipEarlierOne', { date: words.date(earlier[0].date) })
                : words.count('checkIn.skipEarlier', earlier.length)}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

interface ChangesPanelProps {
  readonly entry: HistoryEntry;
  readonly onDismiss: () => void;
}

/** Said where the form was, so focus has somewhere to go once it is gone. */
function SavedLine() {
  const { t } = useResultWords();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <p className="status-line plan-note" role="status" ref={ref} tabIndex={-1}>
      {t('checkIn.saved')}
    </p>
  );
}

/** What the event changed, in one or two sentences about the person, its sources one tap away; and what is next. */
function ChangesPanel({ entry, onDismiss }: ChangesPanelProps) {
  const words = useResultWords();
  const { t } = words;
  const id = useId();
  const today = todayOnDevice();
  const next = usePlanner(
    (state) => selectPlanner(state, today)?.plan.sessions.find((session) => session.date >= today)?.date ?? null,
  );
  // On the recommendation, a calendar file that no longer matches is said here; the plan screen says it by its button.
  const isCalendarBehind = usePlanner((state) => state.view === 'recommendation' && selectCalendarBehind(state, today));
  const openPlan = usePlanner((state) => state.openPlan);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form the person saved is gone: focus (and a screen reader) goes to what changed.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const story = changeStory(entry);
  if (story === null) return null;
  const [first, ...rest] = words.story(story, next);
  return (
    <section className="panel changes" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t('changes.title')}
      </h2>
      <p className="lead">{first}</p>
      {rest.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <details className="changes__sources">
        <summary>{t('changes.sources')}</summary>
        <p>{words.fromSources(story.sources)}</p>
      </details>
      {isCalendarBehind && story.step.kind === 'plan' ? (
        <p>
          {t('plan.calendarBehind')}{' '}
          <button type="button" className="link-button" onClick={openPlan}>
            {t('plan.open')}
          </button>
        </p>
      ) : null}
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t('changes.dismiss')}
      </button>
    </section>
  );
}
