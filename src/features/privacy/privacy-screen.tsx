import { practice } from '../../practice/practice';
import { goBackFrom } from '../../state/go-back';
import { usePlanner } from '../../state/use-planner';
import { useDocumentTitle, useScreenFocus } from '../../ui/use-screen-focus';
import { useResultWords } from '../../state/language';

const SECTIONS = [
  ['privacy.storedTitle', ['privacy.stored', 'privacy.storedBackup']],
  // The booking button exists only where the practice configured a booking page.
  [
    'privacy.neverTitle',
    practice.bookingLink === null ? (['privacy.never'] as const) : (['privacy.never', 'privacy.booking'] as const),
  ],
  ['privacy.youShareTitle', ['privacy.youShare']],
  ['privacy.embedTitle', ['privacy.embed']],
] as const;

/** What the planner stores (on this device only), what it never sends, and where to export or delete it. */
export function PrivacyScreen() {
  const { t } = useResultWords();
  const back = usePlanner((state) => state.closePlan);
  const openData = usePlanner((state) => state.openData);
  const headingRef = useScreenFocus<HTMLHeadingElement>('privacy');
  useDocumentTitle(t('nav.pageTitle', { title: t('privacy.title') }));
  return (
    <>
      <button
        type="button"
        className="back-link"
        onClick={() => {
          goBackFrom(back);
        }}
      >
        {t('privacy.back')}
      </button>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('privacy.title')}
      </h1>
      <p className="lead">{t('privacy.intro')}</p>
      {SECTIONS.map(([title, paragraphs]) => (
        <section key={title} aria-labelledby={title}>
          <h2 id={title}>{t(title)}</h2>
          {paragraphs.map((key) => (
            <p key={key}>{t(key)}</p>
          ))}
        </section>
      ))}
      <section aria-labelledby="privacy-control">
        <h2 id="privacy-control">{t('privacy.controlTitle')}</h2>
        <p>{t('privacy.control')}</p>
        <button type="button" className="button button--secondary" onClick={openData}>
          {t('privacy.toData')}
        </button>
      </section>
    </>
  );
}
