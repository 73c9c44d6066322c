import { toDataFile } from '../../state/data-file-write';
import { todayOnDevice } from '../../state/today';
import { plannerStore, usePlanner } from '../../state/use-planner';
import { downloadFile } from '../../ui/download';
import { useResultWords } from '../../state/language';

/** Saves what the person said as the planner's data file (the one Import reads), when the device can't keep it. */
function downloadAnswers() {
  const { submissions, checkIns, advice, plan, draft } = plannerStore.getState();
  const text = toDataFile({ submissions, checkIns, advice, plan, draft }, todayOnDevice());
  downloadFile('back-massage-planner.json', 'application/json', text);
}

/**
 * Tells the person what happened to their saved answers (RELIABILITY.md), without blocking anything. Inside a
 * practice's page, a browser that blocks storage in other sites' frames is the likely reason nothing can be
 * saved: the planner's own site can, so it offers that.
 */
export function StorageNotices({ embedded = false }: { readonly embedded?: boolean }) {
  const { t } = useResultWords();
  const notices = usePlanner((state) => state.notices);
  const dismiss = usePlanner((state) => state.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <section className="notice" role="status" aria-labelledby="notice-title">
      <h2 className="notice__title" id="notice-title">
        {t('notice.title')}
      </h2>
      {notices.map((notice) => (
        <p key={notice}>{t(notice === 'not-saved' && embedded ? 'notice.not-saved-embedded' : `notice.${notice}`)}</p>
      ))}
      <div className="actions">
        {embedded && notices.includes('not-saved') ? (
          <a className="button button--secondary" href="/" target="_blank" rel="noopener">
            {t('notice.openDirectly')}
          </a>
        ) : null}
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
