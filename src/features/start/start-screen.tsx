import { usePlanner } from '../../state/use-planner';
import { useDocumentTitle, useScreenFocus } from '../../ui/use-screen-focus';
import { useWords } from '../../state/language';

/** What the planner does, how long it takes, where the answers stay, and Start. */
export function StartScreen() {
  const { t } = useWords();
  const start = usePlanner((state) => state.start);
  const headingRef = useScreenFocus<HTMLHeadingElement>('start');
  useDocumentTitle(t('app.title'));
  return (
    <>
      <h1 className="start__title" ref={headingRef} tabIndex={-1}>
        {t('app.heading')}
      </h1>
      <p className="lead">{t('app.intro')}</p>
      <p>{t('app.privacy')}</p>
      <button type="button" className="button button--start" onClick={start}>
        {t('app.startButton')}
      </button>
    </>
  );
}
