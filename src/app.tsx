import { lazy, Suspense, useEffect } from 'react';
import { StorageNotices } from './features/notices/storage-notices';
import { UpdateNotice } from './features/update/update-notice';
import { leaveSharedLink, useSharedLink } from './features/plan/shared-link';
import { QuestionScreen } from './features/questionnaire/question-screen';
import { ReviewScreen } from './features/questionnaire/review-screen';
import { StartScreen } from './features/start/start-screen';
import { en } from './i18n/en';
import { practice } from './practice/practice';
import { usePlanner } from './state/use-planner';
import { ErrorBoundary } from './ui/error-boundary';

// The result (the engine, its words, the guide's table) loads when there is a result to show: the first
// question doesn't wait for it (docs/decisions/003).
const ResultScreen = lazy(() =>
  import('./features/result/result-screen').then((module) => ({ default: module.ResultScreen })),
);
const PlanScreen = lazy(() => import('./features/plan/plan-screen').then((module) => ({ default: module.PlanScreen })));
const CheckInPrompt = lazy(() =>
  import('./features/check-in/check-in-prompt').then((module) => ({ default: module.CheckInPrompt })),
);
const DataScreen = lazy(() => import('./features/data/data-screen').then((module) => ({ default: module.DataScreen })));
const HistoryScreen = lazy(() =>
  import('./features/history/history-screen').then((module) => ({ default: module.HistoryScreen })),
);
const PrivacyScreen = lazy(() =>
  import('./features/privacy/privacy-screen').then((module) => ({ default: module.PrivacyScreen })),
);
const SharedPlanScreen = lazy(() =>
  import('./features/plan/shared-plan-screen').then((module) => ({ default: module.SharedPlanScreen })),
);

interface AppProps {
  /** Inside a practice's page (`embed.html`): no header of its own; the page around it has one. */
  readonly embedded?: boolean;
}

/** Composition only: which screen shows, from where the person is. */
export function App({ embedded = false }: AppProps) {
  const step = usePlanner((state) => state.step);
  const hasAnswers = usePlanner((state) => state.answers !== null);
  const view = usePlanner((state) => state.view);
  const sharedLink = useSharedLink();
  const openData = usePlanner((state) => state.openData);
  const openPrivacy = usePlanner((state) => state.openPrivacy);
  // Says the page is interactive: the prerendered start screen has been replaced by the app.
  useEffect(() => {
    document.documentElement.dataset['app'] = 'ready';
  }, []);
  let screen;
  if (sharedLink !== null)
    screen = (
      <Suspense fallback={null}>
        <SharedPlanScreen fragment={sharedLink} onClose={leaveSharedLink} />
      </Suspense>
    );
  else if (view === 'data')
    screen = (
      <Suspense fallback={null}>
        <DataScreen />
      </Suspense>
    );
  else if (view === 'privacy')
    screen = (
      <Suspense fallback={null}>
        <PrivacyScreen />
      </Suspense>
    );
  else if (step === 'review') screen = <ReviewScreen />;
  else if (step !== null) screen = <QuestionScreen question={step} />;
  else if (hasAnswers)
    screen = (
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
  else screen = <StartScreen />;
  return (
    <>
      {embedded ? null : (
        <>
          <a className="skip-link" href="#main">
            {en['app.skipToContent']}
          </a>
          <header className="header">
            <p className="header__name">{practice.name ?? en['app.siteName']}</p>
            {practice.name === null ? null : <p className="header__product">{en['app.siteName']}</p>}
          </header>
        </>
      )}
      <main className="page" id="main" tabIndex={-1}>
        <ErrorBoundary title={en['error.title']} text={en['error.text']} reloadLabel={en['error.reload']}>
          <UpdateNotice />
          <StorageNotices embedded={embedded} />
          {screen}
        </ErrorBoundary>
      </main>
      <footer className="footer">
        {practice.contactLine === null ? null : <p className="footer__contact">{practice.contactLine}</p>}
        <p>{en['app.footer']}</p>
        <ul className="footer__links">
          <li>
            <button type="button" className="link-button" onClick={openPrivacy}>
              {en['app.privacyLink']}
            </button>
          </li>
          <li>
            <button type="button" className="link-button" onClick={openData}>
              {en['app.yourData']}
            </button>
          </li>
        </ul>
      </footer>
    </>
  );
}
