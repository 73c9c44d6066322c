import { useId, useState } from 'react';
import { downloadCalendar } from '../../state/calendar-file';
import { selectCalendarBehind, selectPlanner } from '../../state/derived';
import { useResultWords } from '../../state/language';
import { todayOnDevice } from '../../state/today';
import { plannerStore, usePlanner } from '../../state/use-planner';
import { appAddress } from '../../ui/app-address';
import { downloadFile } from '../../ui/download';

/**
 * After a referral, for a person who downloaded a calendar file: the sessions it put in their calendar are off, and
 * a new file cancels them there. Says nothing to anyone else.
 */
export function CalendarUpdate() {
  const words = useResultWords();
  const { t } = words;
  const id = useId();
  const today = todayOnDevice();
  const isBehind = usePlanner((state) => selectCalendarBehind(state, today));
  const plan = usePlanner((state) => selectPlanner(state, today)?.plan ?? null);
  const preferences = usePlanner((state) => state.plan);
  const [status, setStatus] = useState('');
  // Once shown, it stays: the download brings the calendar in line, and its confirmation is said here.
  const [isShown, setIsShown] = useState(isBehind);
  if (isBehind && !isShown) setIsShown(true);
  if (plan === null || !isShown) return null;

  const download = async () => {
    const options = { sessionMinutes: null, preferences, words, url: appAddress() };
    const file = await downloadCalendar(plannerStore, plan, options, downloadFile);
    setStatus(file === null ? t('plan.downloadFailed') : t('calendarUpdate.done', { file }));
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('calendarUpdate.title')}</h2>
      <p>{t('calendarUpdate.text')}</p>
      {isBehind ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            void download();
          }}
        >
          {t('calendarUpdate.button')}
        </button>
      ) : null}
      <p className="status-line" role="status">
        {status}
      </p>
    </section>
  );
}
