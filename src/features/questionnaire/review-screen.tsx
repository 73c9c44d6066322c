import { useEffect, useState } from 'react';
import { applicableQuestions, type QuestionId } from '../../domain/questionnaire';
import type { CoreMessageKey as MessageKey } from '../../i18n/en';
import { todayOnDevice } from '../../state/today';
import { STORAGE_KEY } from '../../state/safe-storage';
import { goBackFrom } from '../../state/go-back';
import { plannerStore, usePlanner } from '../../state/use-planner';
import { ErrorSummary } from '../../ui/error-summary';
import { useDocumentTitle, useScreenFocus } from '../../ui/use-screen-focus';
import { answerText } from '../../i18n/answer-text';
import { useWords } from '../../state/language';

/** Set just before a reload that should carry on with "See my recommendation". */
const RESUME_KEY = `${STORAGE_KEY}:resume`;

/** "Check your answers": every answer with a Change link, then the recommendation. */
export function ReviewScreen() {
  const words = useWords();
  const { t } = words;
  const draft = usePlanner((state) => state.draft);
  const changeAnswer = usePlanner((state) => state.changeAnswer);
  const submitAnswers = usePlanner((state) => state.submitAnswers);
  const goBack = usePlanner((state) => state.goBack);
  const [problems, setProblems] = useState<readonly QuestionId[]>([]);
  const [couldNotLoad, setCouldNotLoad] = useState(false);
  // Left for a question and come back to, the review shows without the problems it named (see question-screen.tsx).
  useEffect(
    () => () => {
      setProblems([]);
    },
    [],
  );
  const headingRef = useScreenFocus<HTMLHeadingElement>('review');
  useDocumentTitle(t('nav.pageTitle', { title: t('review.title') }));

  const questions = applicableQuestions(draft);
  const send = () => {
    submitAnswers(todayOnDevice()).then(
      (found) => {
        const missing = questions.filter((question) => found.some((problem) => problem.path.startsWith(question)));
        setProblems(found.length > 0 && missing.length === 0 ? questions.slice(0, 1) : missing);
      },
      // What checks the answers could not be fetched (no signal): say so, keep everything, let them try again.
      () => {
        // Chromium keeps a module that failed to load failed for the page's life: once back online, a reload
        // fetches it afresh and the review goes on by itself; only where the answers are saved, so it keeps them.
        const { notices } = plannerStore.getState();
        if (couldNotLoad && navigator.onLine && !notices.includes('not-saved') && !notices.includes('newer-version')) {
          try {
            sessionStorage.setItem(RESUME_KEY, '1');
            location.reload();
            return;
          } catch {
            // Without session storage, the message stays.
          }
        }
        setCouldNotLoad(true);
      },
    );
  };
  // Back after that reload: go on as the press asked.
  useEffect(() => {
    try {
      if (sessionStorage.getItem(RESUME_KEY) === null) return;
      sessionStorage.removeItem(RESUME_KEY);
    } catch {
      return;
    }
    send();
    // Once, when the review first shows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // A retake: which answers differ from the ones last given.
  const before = usePlanner((state) => state.retakeFrom?.before);
  const changed = questions.filter(
    (question) => before && JSON.stringify(before[question]) !== JSON.stringify(draft[question]),
  );
  return (
    <>
      <button
        type="button"
        className="back-link"
        onClick={() => {
          goBackFrom(goBack);
        }}
      >
        {t('nav.back')}
      </button>
      {problems.length > 0 ? (
        <ErrorSummary
          title={t('nav.errorSummaryTitle')}
          errors={problems.map((question) => ({
            target: `change-${question}`,
            message: t(`question.${question}.error` as MessageKey),
          }))}
        />
      ) : null}
      <h1 ref={headingRef} tabIndex={-1}>
        {t('review.title')}
      </h1>
      {before ? (
        <p>
          {changed.length > 0
            ? t('review.changed', {
                questions: changed.map((question) => t(`question.${question}.short` as MessageKey)).join(', '),
              })
            : t('review.unchanged')}
        </p>
      ) : null}
      <dl className="summary-list">
        {questions.map((question) => (
          <div className="summary-list__row" key={question}>
            <dt className="summary-list__key">{t(`question.${question}.short` as MessageKey)}</dt>
            <dd className="summary-list__value">{answerText(words, question, draft)}</dd>
            <dd className="summary-list__actions">
              <button
                type="button"
                className="link-button"
                id={`change-${question}`}
                onClick={() => {
                  changeAnswer(question);
                }}
              >
                {t('review.change')}{' '}
                <span className="visually-hidden">
                  {t('review.changeHidden', { question: t(`question.${question}.short` as MessageKey).toLowerCase() })}
                </span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        className="button"
        onClick={() => {
          setCouldNotLoad(false);
          send();
        }}
      >
        {t('review.submit')}
      </button>
      {couldNotLoad ? (
        <p className="error-message" role="alert">
          {t('review.offline')}
        </p>
      ) : null}
    </>
  );
}
