import { useId, useMemo, useState } from 'react';
import type { CheckIn } from '../../domain/answers';
import { parseIsoDate, type IsoDate } from '../../domain/dates';
import type { Soreness } from '../../domain/guide';
import { changeStory } from '../../domain/change-story';
import type { HistoryEntry } from '../../domain/history';
import { selectHistory, selectPlanner } from '../../state/derived';
import { todayOnDevice } from '../../state/today';
import { deleteCheckIn, recordCheckIn, updateCheckIn } from '../../state/later-events';
import { goBackFrom } from '../../state/go-back';
import { plannerStore, usePlanner } from '../../state/use-planner';
import { ConfirmPanel } from '../../ui/confirm-panel';
import { CardChoices, PainScale, type PainAnswer } from '../../ui/card-choices';
import { useDocumentTitle, useScreenFocus } from '../../ui/use-screen-focus';
import { entryText, SorenessChart } from './soreness-chart';
import { DateField } from '../../ui/date-field';
import type { Describer, MessageKey } from '../../i18n/describe';
import { answerText } from '../../i18n/answer-text';
import { draftFromAnswers } from '../../domain/answers-draft';
import { applicableQuestions, type AnswersDraft } from '../../domain/questionnaire';
import { useResultWords } from '../../state/language';

interface Entry {
  readonly key: string;
  readonly date: IsoDate;
  readonly text: string;
  /** What it changed, in the same sentences the check-in and the retake say (without a next date). */
  readonly change: string | null;
  /** What the change rests on. */
  /** Where the change comes from, in one sentence; null where nothing changed. */
  readonly sources: string | null;
  /** It led to "see a professional first". */
  readonly isReferral: boolean;
  /** The answers given, for a submission. */
  readonly answers?: AnswersDraft;
  readonly checkIn?: CheckIn;
}

/** The timeline, newest first: each submission, check-in and entry of advice, with the change it made. */
function timelineOf(words: Describer, history: readonly HistoryEntry[]): Entry[] {
  const { t } = words;
  let answered = 0;
  return history
    .map((entry): Entry => {
      const { event, recommendation } = entry;
      const story = changeStory(entry);
      const common = {
        key: event.entry.id,
        date: event.entry.date,
        change: story === null ? null : words.story(story, null).join(' '),
        sources: story === null ? null : words.fromSources(story.sources),
        isReferral: story?.step.kind === 'professional',
      };
      switch (event.kind) {
        case 'answers': {
          const summary =
            recommendation?.schedule == null
              ? t(
                  recommendation?.outcome === 'urgent'
                    ? 'urgent.title'
                    : recommendation?.outcome === 'wait'
                      ? 'wait.title'
                      : 'professional.title',
                )
              : words.interval(recommendation.schedule.intervalDays);
          answered += 1;
          return {
            ...common,
            text: t(answered === 1 ? 'history.answered' : 'history.answeredAgain', { summary }),
            answers: draftFromAnswers(event.entry.answers),
          };
        }
        case 'advice':
          return { ...common, text: t('history.advice', { advice: words.advice(event.entry.advice) }) };
        case 'check-in':
          return { ...common, text: entryText(t, event.entry), checkIn: event.entry };
      }
    })
    .reverse();
}

/** Check-ins over time: a timeline, a chart with its table, logging a massage, and mending a mistake. */
export function HistoryScreen() {
  const words = useResultWords();
  const { t } = words;
  const id = useId();
  const today = todayOnDevice();
  const goal = usePlanner((state) => selectPlanner(state, today)?.reading.answers.goal ?? null);
  const checkIns = usePlanner((state) => state.checkIns);
  const history = usePlanner((state) => selectHistory(state, today));
  const back = usePlanner((state) => state.closePlan);
  const headingRef = useScreenFocus<HTMLHeadingElement>('history');
  useDocumentTitle(t('nav.pageTitle', { title: t('history.title') }));
  const [editing, setEditing] = useState<string>();
  const [deleting, setDeleting] = useState<string>();
  const [status, setStatus] = useState('');
  const timeline = useMemo(() => timelineOf(words, history), [words, history]);
  if (goal === null) return null;
  const isChronic = goal === 'chronic-pain';

  return (
    <>
      <button
        type="button"
        className="back-link"
        onClick={() => {
          goBackFrom(back);
        }}
      >
        {t('history.back')}
      </button>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('history.title')}
      </h1>
      <p className="status-line plan-note" role="status">
        {status}
      </p>
      {checkIns.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <>
          <h2>{t('history.chartTitle')}</h2>
          <SorenessChart checkIns={checkIns} />
          {/* On a phone the timeline below is the list of dated cards; from 40rem the same figures as a table. */}
          <table className="guide-table history-table">
            <caption>{t('history.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.date')}</th>
                <th scope="col">{t('history.felt')}</th>
                <th scope="col">{t('history.pain')}</th>
                {isChronic ? <th scope="col">{t('history.improving')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {checkIns.map((checkIn) => (
                <tr key={checkIn.id}>
                  <th scope="row">{words.date(checkIn.date)}</th>
                  <td>{checkIn.happened ? t(`option.afterLastMassage.${checkIn.felt}`) : t('history.skipped')}</td>
                  <td>{checkIn.pain ?? t('history.none')}</td>
                  {isChronic ? (
                    <td>
                      {checkIn.improving === undefined
                        ? t('history.none')
                        : t(checkIn.improving ? 'history.yes' : 'history.no')}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h2 id={`${id}-timeline`}>{t('history.timelineTitle')}</h2>
      <ol className="timeline" aria-labelledby={`${id}-timeline`}>
        {timeline.map((entry) => (
          <li
            key={entry.key}
            className={entry.isReferral ? 'timeline__item timeline__item--referral' : 'timeline__item'}
          >
            <p className="timeline__date">
              {words.date(entry.date)}
              {entry.isReferral ? <span className="timeline__tag">{t('history.referral')}</span> : null}
            </p>
            <p>{entry.text}</p>
            {entry.change === null ? null : (
              <>
                <p className="timeline__change">{entry.change}</p>
                <details>
                  <summary>{t('changes.sources')}</summary>
                  <p>{entry.sources}</p>
                </details>
              </>
            )}
            {entry.answers === undefined ? null : (
              <details>
                <summary>{t('history.yourAnswers')}</summary>
                <dl className="summary-list">
                  {applicableQuestions(entry.answers).map((question) => (
                    <div className="summary-list__row" key={question}>
                      <dt className="summary-list__key">{t(`question.${question}.short` as MessageKey)}</dt>
                      <dd className="summary-list__value">{answerText(words, question, entry.answers ?? {})}</dd>
                    </div>
                  ))}
                </dl>
              </details>
            )}
            {entry.checkIn === undefined ? null : (
              <span className="timeline__actions">
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('history.editLabel', { date: words.date(entry.date) })}
                  onClick={() => {
                    setEditing(entry.key);
                  }}
                >
                  {t('history.edit')}
                </button>{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('history.deleteLabel', { date: words.date(entry.date) })}
                  onClick={() => {
                    setDeleting(entry.key);
                  }}
                >
                  {t('history.delete')}
                </button>
              </span>
            )}
            {deleting === entry.key && entry.checkIn !== undefined ? (
              <ConfirmPanel
                title={t('history.deleteConfirmTitle')}
                text={t('history.deleteConfirmText')}
                confirmLabel={t('history.deleteConfirmYes')}
                cancelLabel={t('history.deleteConfirmNo')}
                onConfirm={() => {
                  deleteCheckIn(plannerStore, entry.key);
                  setDeleting(undefined);
                  headingRef.current?.focus();
                }}
                onCancel={() => {
                  setDeleting(undefined);
                }}
              />
            ) : null}
            {editing === entry.key && entry.checkIn !== undefined ? (
              <ReportForm
                title={t('history.editLabel', { date: words.date(entry.date) })}
                initial={entry.checkIn}
                isChronic={isChronic}
                today={today}
                submitLabel={t('history.save')}
                onSubmit={(report) => {
                  const base = entry.checkIn;
                  if (base === undefined) return;
                  updateCheckIn(plannerStore, {
                    ...report,
                    id: base.id,
                    seq: base.seq,
                    ...(base.planned === undefined ? {} : { planned: base.planned }),
                  });
                  setEditing(undefined);
                }}
                onCancel={() => {
                  setEditing(undefined);
                }}
              />
            ) : null}
          </li>
        ))}
      </ol>

      <section className="panel" aria-labelledby={`${id}-log`}>
        <h2 id={`${id}-log`}>{t('history.logTitle')}</h2>
        <ReportForm
          isChronic={isChronic}
          today={today}
          submitLabel={t('history.logButton')}
          onSubmit={(report) => {
            recordCheckIn(plannerStore, report);
            setStatus(t('history.logged'));
          }}
        />
      </section>
    </>
  );
}

type Report =
  | { date: IsoDate; happened: true; felt: Soreness; pain?: number; improving?: boolean }
  | { date: IsoDate; happened: false; pain?: number; improving?: boolean };

interface ReportFormProps {
  readonly title?: string;
  /** The check-in being corrected; without it, a massage that wasn't planned is logged. */
  readonly initial?: CheckIn;
  readonly isChronic: boolean;
  readonly today: IsoDate;
  readonly submitLabel: string;
  readonly onSubmit: (report: Report) => void;
  readonly onCancel?: () => void;
}

/**
 * When a massage was, how it felt, and (chronic pain) pain now and whether it is improving. Nothing is chosen for
 * the person when logging; a correction starts from what was entered, and a skipped session stays skipped unless
 * the person says it happened.
 */
function ReportForm({ title, initial, isChronic, today, submitLabel, onSubmit, onCancel }: ReportFormProps) {
  const words = useResultWords();
  const { t } = words;
  const [date, setDate] = useState<string>(initial?.date ?? today);
  const [happened, setHappened] = useState<boolean>(initial?.happened ?? true);
  const [felt, setFelt] = useState<Soreness | undefined>(initial?.happened === true ? initial.felt : undefined);
  const [pain, setPain] = useState<PainAnswer>(initial === undefined ? undefined : (initial.pain ?? null));
  const [improving, setImproving] = useState<boolean | undefined>(initial?.improving);
  const [errors, setErrors] = useState<{ date?: string; felt?: string }>({});
  return (
    <form
      className="move-form"
      noValidate
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseIsoDate(date);
        const found = {
          ...(parsed === null || parsed > today ? { date: t('history.logDateError') } : {}),
          ...(happened && felt === undefined ? { felt: t('checkIn.feltError') } : {}),
        };
        setErrors(found);
        if (parsed === null || found.date !== undefined || found.felt !== undefined) return;
        const common = {
          date: parsed,
          ...(typeof pain === 'number' ? { pain } : {}),
          ...(improving === undefined ? {} : { improving }),
        };
        onSubmit(happened && felt !== undefined ? { ...common, happened: true, felt } : { ...common, happened: false });
      }}
    >
      <DateField label={t('history.logDate')} value={date} max={today} error={errors.date} onChange={setDate} />
      {initial === undefined ? null : (
        <CardChoices
          legend={t('checkIn.happened')}
          options={[
            { value: true, label: t('checkIn.happened.yes') },
            { value: false, label: t('checkIn.happened.no') },
          ]}
          selected={happened}
          onChange={setHappened}
        />
      )}
      {happened ? (
        <CardChoices
          legend={t('checkIn.felt')}
          options={words.choices.soreness}
          selected={felt}
          onChange={setFelt}
          error={errors.felt}
        />
      ) : null}
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
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {onCancel === undefined ? null : (
          <button type="button" className="link-button" onClick={onCancel}>
            {t('history.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
