import { lazy, memo, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { leaveSharedLink, useSharedLink } from './features/plan/shared-link';
import { Questionnaire } from './features/questionnaire/questionnaire';
import { StartScreen } from './features/start/start-screen';
import { LanguagePicker } from './features/language/language-picker';
import { practice } from './practice/practice';
import { ensureResultWords, useLanguage, useWords } from './state/language';
import { usePlanner } from './state/use-planner';
import { useAppUpdate } from './state/app-update';
import { ErrorBoundary } from './ui/error-boundary';
import { useHydrated } from './ui/use-hydrated';

/** A screen that loads on demand, shown once its module and the current language's result words are in. */
function later<Props>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), ensureResultWords()]);
    return { default: component };
  });
}

// The result (the engine, its words, the guide's table) loads when there is a result to show: the first
// question doesn't wait for it (docs/decisions/003).
const loadResult = () => import('./features/result/result-screen').then((module) => module.ResultScreen);
const loadPlan = () => import('./features/plan/plan-screen').then((module) => module.PlanScreen);
const loadCheckIn = () => import('./features/check-in/check-in-prompt').then((module) => module.CheckInPrompt);
const ResultScreen = later(loadResult);
const PlanScreen = later(loadPlan);
const CheckInPrompt = later(loadCheckIn);

/**
 * While the person answers, once the browser is idle: the code and words of the result, the plan and the check-in,
 * so a signal lost between the first question and "See my recommendation" changes nothing (issue 16, case 8). A
 * failure is left for the screen that needs it to say.
 */
function fetchWhatFollowsTheQuestions(): void {
  const fetchAll = () => {
    for (const load of [loadResult, loadPlan, loadCheckIn, ensureResultWords]) load().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fetchAll, { timeout: 3000 });
  else setTimeout(fetchAll, 500);
}
const DataScreen = later(() => import('./features/data/data-screen').then((module) => module.DataScreen));
const HistoryScreen = later(() => import('./features/history/history-screen').then((module) => module.HistoryScreen));
const PrivacyScreen = later(() => import('./features/privacy/privacy-screen').then((module) => module.PrivacyScreen));
// What is said only when there is something to say (saved answers that couldn't be read or saved, a new
// version waiting) loads then, with the result words it is worded in: the first question doesn't need it.
const StorageNotices = later(() =>
  import('./features/notices/storage-notices').then((module) => module.StorageNotices),
);
const UpdateNotice = later(() => import('./features/update/update-notice').then((module) => module.UpdateNotice));
const SharedPlanScreen = later(() =>
  import('./features/plan/shared-plan-screen').then((module) => module.SharedPlanScreen),
);

interface AppProps {
  /** Inside a practice's page (`embed.html`): no header of its own; the page around it has one. */
  readonly embedded?: boolean;
}

/**
 * "Check your answers" follows the questions and loads as they start (the questionnaire builds it, hidden, while
 * the browser is idle), like the validation it needs to go on: the first visit's start screen doesn't wait for it
 * (docs/decisions/003).
 */
const ReviewScreen = lazy(() =>
  import('./features/questionnaire/review-screen').then((module) => ({ default: memo(module.ReviewScreen) })),
);

/** A calm, recoverable message instead of a screen that failed, in the planner's words. */
function ScreenErrors({ children }: { readonly children: ReactNode }) {
  const { t } = useWords();
  return (
    <ErrorBoundary
      title={t('error.title')}
      text={t('error.text')}
      offline={{ title: t('error.offlineTitle'), text: t('error.offlineText') }}
      reloadLabel={t('error.reload')}
    >
      {children}
    </ErrorBoundary>
  );
}

/**
 * Which screen shows, from where the person is. On its own, so that moving from one question to the next renders
 * the screen and nothing around it (the header, the picker, the footer).
 */
function CurrentScreen() {
  const step = usePlanner((state) => state.step);
  const hasAnswers = usePlanner((state) => state.submissions.length > 0);
  const view = usePlanner((state) => state.view);
  const sharedLink = useSharedLink();
  const isAnswering = step !== null;
  useEffect(() => {
    if (isAnswering) fetchWhatFollowsTheQuestions();
  }, [isAnswering]);
  if (sharedLink !== null)
    return (
      <Suspense fallback={null}>
        <SharedPlanScreen fragment={sharedLink} onClose={leaveSharedLink} />
      </Suspense>
    );
  if (view === 'data')
    return (
      <Suspense fallback={null}>
        <DataScreen />
      </Suspense>
    );
  if (view === 'privacy')
    return (
      <Suspense fallback={null}>
        <PrivacyScreen />
      </Suspense>
    );
  if (step !== null)
    return (
      <Questionnaire
        step={step}
        review={
          // Its own boundary: a review that couldn't load (no signal) says so when it shows, not over a question.
          <ScreenErrors>
            <Suspense fallback={null}>
              <ReviewScreen />
            </Suspense>
          </ScreenErrors>
        }
      />
    );
  if (hasAnswers)
    return (
      <Suspense fallback={null}>
        {view === 'plan' ? (
          <PlanScreen checkIn={<CheckInPrompt />} />
        ) : view === 'history' ? (
          <HistoryScreen />
        ) : (
          <ResultScreen checkIn={<CheckInPrompt />} />
        )}
      </Suspense>
    );
  return <StartScreen />;
}

/** Composition only: the page around the screen, in the current language. */
export function App({ embedded = false }: AppProps) {
  const openData = usePlanner((state) => state.openData);
  const openPrivacy = usePlanner((state) => state.openPrivacy);
  const { t } = useWords();
  const language = useLanguage();
  // Notices are about this device (its storage, its service worker): never in the prerendered page.
  const isHydrated = useHydrated();
  const hasNotices = usePlanner((state) => state.notices.length > 0) && isHydrated;
  const hasUpdate = useAppUpdate() !== null;
  // Says the page is interactive: the prerendered start screen has been taken over by the app. The page's inline
  // script then replays the presses it held until now (docs/decisions/014).
  useEffect(() => {
    document.documentElement.dataset['app'] = 'ready';
  }, []);
  // The page's language is the words' language: screen readers pronounce it, browsers offer to translate by it.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <>
      {embedded ? (
        <div className="language-bar">
          <LanguagePicker />
        </div>
      ) : (
        <>
          <a className="skip-link" href="#main">
            {t('app.skipToContent')}
          </a>
          <header className="header">
            <div>
              <p className="header__name">{practice.name ?? t('app.siteName')}</p>
              {practice.name === null ? null : <p className="header__product">{t('app.siteName')}</p>}
            </div>
            <LanguagePicker />
          </header>
        </>
      )}
      <main className="page" id="main" tabIndex={-1}>
        <ScreenErrors>
          <Suspense fallback={null}>
            {hasUpdate ? <UpdateNotice /> : null}
            {hasNotices ? <StorageNotices embedded={embedded} /> : null}
          </Suspense>
          <CurrentScreen />
        </ScreenErrors>
      </main>
      <footer className="footer">
        {practice.contactLine === null ? null : <p className="footer__contact">{practice.contactLine}</p>}
        <p>{t('app.footer')}</p>
        <ul className="footer__links">
          <li>
            <button type="button" className="link-button" onClick={openPrivacy}>
              {t('app.privacyLink')}
            </button>
          </li>
          <li>
            <button type="button" className="link-button" onClick={openData}>
              {t('app.yourData')}
            </button>
          </li>
        </ul>
      </footer>
    </>
  );
}
