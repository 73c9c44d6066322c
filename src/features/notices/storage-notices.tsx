import { useSyncExternalStore } from 'react';
import { words } from '../../i18n/english';
import { plannerStore, usePlanner } from '../../state/use-planner';

const { t } = words;

/** Saves what the person said as a readable JSON file, when the device can't keep it. */
function downloadAnswers() {
  const { draft, answers } = plannerStore.getState();
  const blob = new Blob([JSON.stringify({ app: 'back-massage-planner', version: 1, draft, answers }, null, 2)], {
    type: 'application/json',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'back-massage-planner.json';
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

const neverChanges = () => () => undefined;
const onTheDevice = () => true;
const inThePrerenderedPage = () => false;

/** Tells the person what happened to their saved answers (RELIABILITY.md), without blocking anything. */
export function StorageNotices() {
  const notices = usePlanner((state) => state.notices);
  const dismiss = usePlanner((state) => state.dismissNotices);
  // Notices are about this device's storage: shown once the app runs here, never in the prerendered page.
  const isOnDevice = useSyncExternalStore(neverChanges, onTheDevice, inThePrerenderedPage);
  if (!isOnDevice || notices.length === 0) return null;
  return (
    <section className="notice" role="status" aria-labelledby="notice-title">
      <h2 className="notice__title" id="notice-title">
        {t('notice.title')}
      </h2>
      {notices.map((notice) => (
        <p key={notice}>{t(`notice.${notice}`)}</p>
      ))}
      <div className="actions">
        {notices.includes('not-saved') ? (
          <button type="button" className="button button--secondary" onClick={downloadAnswers}>
            {t('notice.download')}
          </button>
        ) : null}
        <button type="button" className="link-button" onClick={dismiss}>
          {t('notice.dismiss')}
        </button>
      </div>
    </section>
  );
}
