import { useEffect, useState } from 'react';
import { NOT_YET, progressOf, type AnswersDraft, type QuestionId } from '../../domain/questionnaire';
import type { CoreMessageKey as MessageKey } from '../../i18n/en';
import type { Translator } from '../../i18n/translate';
import { useWords } from '../../state/language';
import { todayOnDevice } from '../../state/today';
import type { PlannerState } from '../../state/planner-store';
import { goBackFrom } from '../../state/go-back';
import { usePlanner } from '../../state/use-planner';
import { ChoiceCards, choiceId, type ChoiceGroup } from '../../ui/choice-cards';
import { ErrorSummary } from '../../ui/error-summary';
import { ProgressBar } from '../../ui/progress-bar';
import { useDocumentTitle, useScreenFocus } from '../../ui/use-screen-focus';
import {
  NONE_OF_THESE,
  QUESTIONS,
  adviceFor,
  adviceOption,
  selectedOption,
  valueOf,
  type AdviceOption,
  type AdviceQuestion,
  type Question,
  type SafetyQuestion,
  type SingleQuestion,
} from './questions';

const WEEKS_ID = 'clinicianAdvice-weeks';

function optionText(words: Translator, question: QuestionId, value: string, hasHint = false) {
  const { t } = words;
  const label = t(`option.${question}.${value}` as MessageKey);
  const hintKey = `option.${question}.${value}.hint`;
  return hasHint && hintKey in words.catalog ? { label, hint: t(hintKey as MessageKey) } : { label };
}

interface Answering {
  readonly words: Translator;
  readonly answer: PlannerState['answer'];
  readonly clearAnswer: PlannerState['clearAnswer'];
}

interface Choices {
  readonly type: 'radio' | 'checkbox';
  readonly groups: readonly ChoiceGroup[];
  readonly selected: readonly string[];
  readonly onToggle: (value: string, isChecked: boolean) => void;
}

/** A single-choice question: one radio card per option. */
function singleChoices(data: SingleQuestion, draft: AnswersDraft, { words, answer }: Answering): Choices {
  const current = selectedOption(data, draft);
  return {
    type: 'radio',
    groups: [{ choices: data.options.map((value) => ({ value, ...optionText(words, data.id, value, true) })) }],
    selected: current === undefined ? [] : [current],
    onToggle: (value) => {
      answer(data.id, valueOf(data, value) as never);
    },
  };
}

/** The safety screen: checkboxes under sub-headings, then "None of these", which is exclusive. */
function safetyChoices(data: SafetyQuestion, draft: AnswersDraft, { words, answer, clearAnswer }: Answering): Choices {
  const { t } = words;
  const items = draft.safety;
  return {
    type: 'checkbox',
    groups: [
      ...data.groups.map((group) => ({
        heading: t(`question.safety.group.${group.id}` as MessageKey),
        choices: group.items.map((item) => ({ value: item, label: t(`safety.${item}`) })),
      })),
      {
        heading: t('question.safety.noneDivider'),
        isDivider: true,
        choices: [{ value: NONE_OF_THESE, label: t('option.safety.none') }],
      },
    ],
    selected: items === undefined ? [] : items.length === 0 ? [NONE_OF_THESE] : items,
    onToggle: (value, isChecked) => {
      if (value === NONE_OF_THESE) {
        if (isChecked) answer('safety', []);
        else clearAnswer('safety');
        return;
      }
      const others = (items ?? []).filter((item) => item !== value);
      const next = isChecked ? [...others, value as (typeof others)[number]] : others;
      // Unticking the last box leaves the question unanswered, not "none of these".
      if (next.length === 0) clearAnswer('safety');
      else answer('safety', next);
    },
  };
}

interface AdviceState {
  readonly setPendingAdvice: (option: AdviceOption) => void;
  readonly weeksError: string | undefined;
}

/** The clinician's advice: radios, with "once every few weeks" revealing how many weeks apart. */
function adviceChoices(
  data: AdviceQuestion,
  draft: AnswersDraft,
  { words, answer, clearAnswer }: Answering,
  pendingAdvice: AdviceOption | undefined,
  { setPendingAdvice, weeksError }: AdviceState,
): Choices {
  const advice = draft.clinicianAdvice;
  const current = adviceOption(advice) ?? pendingAdvice;
  const weeks = advice !== undefined && advice !== NOT_YET && advice.kind === 'every-weeks' ? advice.weeks : undefined;
  const reveal = (
    <WeeksSelect
      advice={data}
      weeks={weeks}
      errorMessage={weeksError}
      onChange={(chosen) => {
        answer('clinicianAdvice', { kind: 'every-weeks', weeks: chosen });
      }}
    />
  );
  return {
    type: 'radio',
    groups: [
      {
        choices: data.options.map((value) => ({
          value,
          ...optionText(words, data.id, value),
          ...(value === 'every-weeks' ? { reveal } : {}),
        })),
      },
    ],
    selected: current === undefined ? [] : [current],
    onToggle: (value) => {
      const option = value as AdviceOption;
      setPendingAdvice(option);
      const chosen = adviceFor(option, weeks);
      if (chosen === undefined) clearAnswer('clinicianAdvice');
      else answer('clinicianAdvice', chosen);
    },
  };
}

function choicesFor(
  data: Question,
  draft: AnswersDraft,
  answering: Answering,
  pendingAdvice: AdviceOption | undefined,
  adviceState: AdviceState,
): Choices {
  switch (data.kind) {
    case 'single':
      return singleChoices(data, draft, answering);
    case 'safety':
      return safetyChoices(data, draft, answering);
    case 'advice':
      return adviceChoices(data, draft, answering, pendingAdvice, adviceState);
  }
}

/** One question a screen, rendered from the question data. */
export function QuestionScreen({ question }: { readonly question: QuestionId }) {
  const draft = usePlanner((state) => state.draft);
  const answer = usePlanner((state) => state.answer);
  const clearAnswer = usePlanner((state) => state.clearAnswer);
  const continueFrom = usePlanner((state) => state.continueFrom);
  const goBack = usePlanner((state) => state.goBack);
  const [error, setError] = useState<{
    readonly question: QuestionId;
    readonly message: string;
    readonly target: string;
  }>();
  const [pendingAdvice, setPendingAdvice] = useState<AdviceOption>();
  // The question stays in the page, hidden, when the person moves on or back (questionnaire.tsx): come back to, it
  // shows without the error it had, as a page opened afresh would.
  useEffect(
    () => () => {
      setError(undefined);
    },
    [],
  );
  const headingRef = useScreenFocus<HTMLHeadingElement>(question);
  const words = useWords();
  const { t } = words;

  const data = QUESTIONS[question];
  const legend = t(`question.${question}.legend` as MessageKey);
  // A retake carries the latest check-in's report into "after your last massage", and says where it came from.
  const reported = usePlanner((state) => (question === 'afterLastMassage' ? state.retakeFrom?.reported : null));
  const hint = data.hasHint
    ? t(`question.${question}.hint` as MessageKey)
    : reported
      ? t('question.afterLastMassage.reported', { felt: t(`option.afterLastMassage.${reported}`).toLowerCase() })
      : undefined;
  const shownError = error?.question === question ? error : undefined;
  const progress = progressOf(draft, question);
  const progressText = t('nav.progress', progress);
  useDocumentTitle(t('nav.pageTitle', { title: shownError ? t('nav.titleWithError', { title: legend }) : legend }));

  const weeksError = shownError?.target === WEEKS_ID ? shownError.message : undefined;
  const { type, groups, selected, onToggle } = choicesFor(data, draft, { words, answer, clearAnswer }, pendingAdvice, {
    setPendingAdvice,
    weeksError,
  });

  const firstChoice = groups[0]?.choices[0]?.value ?? '';
  const onSubmit = () => {
    if (draft[question] !== undefined) {
      setError(undefined);
      void continueFrom(question, todayOnDevice());
      return;
    }
    const needsWeeks = question === 'clinicianAdvice' && pendingAdvice === 'every-weeks';
    setError(
      needsWeeks
        ? { question, message: t('question.clinicianAdvice.weeksError'), target: WEEKS_ID }
        : { question, message: t(`question.${question}.error` as MessageKey), target: choiceId(question, firstChoice) },
    );
  };

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
      {shownError ? <ErrorSummary title={t('nav.errorSummaryTitle')} errors={[shownError]} /> : null}
      <form
        className="question"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <ChoiceCards
          name={question}
          type={type}
          legend={legend}
          hint={hint}
          groups={groups}
          selected={selected}
          onToggle={onToggle}
          error={shownError?.target === WEEKS_ID ? undefined : shownError?.message}
          errorPrefix={t('nav.errorPrefix')}
          headingRef={headingRef}
          caption={
            <span className="caption">
              {progressText}
              <ProgressBar number={progress.number} total={progress.total} />
            </span>
          }
        />
        <button type="submit" className="button">
          {t('nav.continue')}
        </button>
      </form>
    </>
  );
}

interface WeeksSelectProps {
  readonly advice: AdviceQuestion;
  readonly weeks: number | undefined;
  readonly errorMessage: string | undefined;
  readonly onChange: (weeks: number) => void;
}

/** "Once every few weeks" reveals how many weeks apart (1 week is "once a week"). */
function WeeksSelect({ advice, weeks, errorMessage, onChange }: WeeksSelectProps) {
  const { t } = useWords();
  const hasError = errorMessage !== undefined;
  return (
    <div className={hasError ? 'field field--error' : 'field'}>
      <label className="label" htmlFor={WEEKS_ID}>
        {t('question.clinicianAdvice.weeksLabel')}
      </label>
      {hasError ? (
        <p className="error-message" id={`${WEEKS_ID}-error`}>
          <span className="visually-hidden">{t('nav.errorPrefix')}</span> {errorMessage}
        </p>
      ) : null}
      <select
        className="select"
        id={WEEKS_ID}
        value={weeks === undefined ? '' : String(weeks)}
        aria-describedby={hasError ? `${WEEKS_ID}-error` : undefined}
        onChange={(event) => {
          const chosen = Number(event.currentTarget.value);
          if (Number.isInteger(chosen) && chosen > 0) onChange(chosen);
        }}
      >
        <option value="" disabled>
          {t('question.clinicianAdvice.weeksPlaceholder')}
        </option>
        {advice.weeks.map((count) => (
          <option key={count} value={count}>
            {t('question.clinicianAdvice.weeksOption', { weeks: count })}
          </option>
        ))}
      </select>
    </div>
  );
}
