import { useId, useMemo, useState } from 'react';
import type { CheckIn } from '../../domain/answers';
import { parseIsoDate, type IsoDate } from '../../domain/dates';
import type { Soreness } from '../../domain/guide';
import { changeStory } from '../../domain/change-story';
import type { HistoryEntry } from '../../domain/history';
import { selectHistory, selectPlanner } from '../../state/derived';
import { todayOnDevice } from '../../state/today';
import { deleteCheckIn, recordCheckIn, updateCheckIn } from '../../state/later-events';
import { plannerStore, usePlanner } from '../../state/use-planner';
import { ConfirmPanel } from '../../ui/confirm-panel';
import { CardChoices, PainScale, type PainAnswer } from '../../ui/card-choices';
import { useDocumentTitle, useScreenFocus } from '../../ui/use-screen-focus';
import { SorenessChart } from './soreness-chart';
import { DateField } from '../../ui/date-field';
import type { Describer } from '../../i18n/describe';
import { useResultWords } from '../../state/language';

interface Entry {
  readonly key: string;
  readonly date: IsoDate;
  readonly text: string;
  readonly checkIn?: CheckIn;
}

/** The timeline, newest first: each submission, check-in and entry of advice, and each change it made. */
function timelineOf(words: Describer, history: readonly HistoryEntry[]): Entry[] {
  const { t } = words;
  const entries: Entry[] = [];
  for (const entry of history) {
    const { event, recommendation } = entry;
    const id = event.entry.id;
    const story = changeStory(entry);
    if (story !== null) {
      entries.push({ key: `${id}-change`, date: event.entry.date, text: words.story(story, null).join(' ') });
    }
    // Pushed after its change: newest first, the event then reads before what it changed.
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
        entries.push({ key: id, date: event.entry.date, text: t('history.answered', { summary }) });
        break;
      }
      case 'advice':
        entries.push({
          key: id,
          date: event.entry.date,
          text: t('history.advice', { advice: words.advice(event.entry.advice) }),
        });
        break;
      case 'check-in': {
        const checkIn = event.entry;
        const felt = checkIn.happened ? t(`option.afterLastMassage.${checkIn.felt}`).toLowerCase() : '';
        const text = !checkIn.happened
          ? t('history.skippedEntry')
          : checkIn.pain === undefined
            ? t('history.massage', { felt })
            : t('history.massagePain', { felt, pain: checkIn.pain });
        entries.push({ key: id, date: checkIn.date, text, checkIn });
      }
    }
  }
  return entries.reverse();
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
      <button type="button" className="back-link" onClick={back}>
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
          <li key={entry.key}>
            <span className="session__date">{words.date(entry.date)}</span> {entry.text}
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
