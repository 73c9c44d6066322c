import { dismissUpdate, useAppUpdate } from '../../state/app-update';
import { useResultWords } from '../../state/language';

/** "An update is available": the new version starts only when the person presses the button. */
export function UpdateNotice() {
  const { t } = useResultWords();
  const apply = useAppUpdate();
  if (apply === null) return null;
  return (
    <section className="notice" role="status" aria-labelledby="update-title">
      <h2 className="notice__title" id="update-title">
        {t('update.title')}
      </h2>
      <p>{t('update.text')}</p>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={apply}>
          {t('update.apply')}
        </button>
        <button type="button" className="link-button" onClick={dismissUpdate}>
          {t('update.later')}
        </button>
      </div>
    </section>
  );
}
