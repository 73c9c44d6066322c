import { lazy, Suspense, useEffect, useState } from 'react';
import { NOT_YET, progressOf, type AnswersDraft, type QuestionId } from '../../domain/questionnaire';
import type { CoreMessageKey as MessageKey } from '../../i18n/en';
import type { Translator } from '../../i18n/translate';
import { useWords } from '../../state/language';
import { todayOnDevice } from '../../state/today';
import type { PlannerState } from '../../state/planner-store';
import { goBackFrom } from '../../state/go-back';
import { usePlanner } from '../../state/use-planner';
import { ChoiceCard, ChoiceCards, choiceId, type ChoiceGroup } from '../../ui/choice-cards';
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
  type SafetyGroup,
  type SafetyQuestion,
  type SignsQuestion,
  type SingleQuestion,
  WEEKS_ID,
} from './questions';

/**
 * How many weeks apart, under "once every few weeks": only a clinician's advice asks it, so it loads when that
 * question is built (hidden, before it shows), not with the first visit (docs/decisions/003).
 */
const loadWeeksSelect = () => import('./weeks-select');
const WeeksSelect = lazy(() => loadWeeksSelect().then((module) => ({ default: module.WeeksSelect })));
import type { SafetyItem } from '../../domain/guide';

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

/** The signs that need care now: a short list of boxes, then "None of these", which is exclusive. */
function signsChoices(data: SignsQuestion, draft: AnswersDraft, { words, answer, clearAnswer }: Answering): Choices {
  const { t } = words;
  const items = draft.signs;
  return {
    type: 'checkbox',
    groups: [
      { choices: data.items.map((item) => ({ value: item, label: t(`safety.${item}`) })) },
      {
        divider: t('question.signs.noneDivider'),
        choices: [{ value: NONE_OF_THESE, label: t('option.signs.none') }],
      },
    ],
    selected: items === undefined ? [] : items.length === 0 ? [NONE_OF_THESE] : items,
    onToggle: (value, isChecked) => {
      if (value === NONE_OF_THESE) {
        if (isChecked) answer('signs', []);
        else clearAnswer('signs');
        return;
      }
      const others = (items ?? []).filter((item) => item !== value);
      const next = isChecked ? [...others, value as (typeof others)[number]] : others;
      // Unticking the last box leaves the question unanswered, not "none of these".
      if (next.length === 0) clearAnswer('signs');
      else answer('signs', next);
    },
  };
}

/** Each group's yes or no, and the boxes ticked under a yes: the draft holds the answer once every group has one. */
interface GroupAnswers {
  readonly said: Readonly<Record<string, boolean>>;
  readonly ticked: readonly SafetyItem[];
}

/** What a saved answer says of each group: yes where one of its items is ticked, else no. */
function groupAnswersFrom(data: SafetyQuestion, items: readonly SafetyItem[] | undefined): GroupAnswers {
  if (items === undefined) return { said: {}, ticked: [] };
  return {
    said: Object.fromEntries(data.groups.map((group) => [group.id, group.items.some((item) => items.includes(item))])),
    ticked: items,
  };
}

/** The answer the groups make, or why there is none yet: a group not answered, or a yes with nothing ticked. */
function safetyAnswer(
  data: SafetyQuestion,
  { said, ticked }: GroupAnswers,
):
  { readonly items: readonly SafetyItem[] } | { readonly missing: SafetyGroup; readonly needs: 'yes-or-no' | 'which' } {
  const items: SafetyItem[] = [];
  for (const group of data.groups) {
    const answer = said[group.id];
    if (answer === undefined) return { missing: group, needs: 'yes-or-no' };
    if (!answer) continue;
    const chosen = group.items.filter((item) => ticked.includes(item));
    if (chosen.length === 0) return { missing: group, needs: 'which' };
    items.push(...chosen);
  }
  return { items };
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
    <Suspense fallback={null}>
      <WeeksSelect
        advice={data}
        weeks={weeks}
        errorMessage={weeksError}
        onChange={(chosen) => {
          answer('clinicianAdvice', { kind: 'every-weeks', weeks: chosen });
        }}
      />
    </Suspense>
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
    case 'signs':
      return signsChoices(data, draft, answering);
    case 'safety':
      // Drawn by <SafetyGroups>: a yes-or-no question a group.
      return { type: 'radio', groups: [], selected: [], onToggle: () => undefined };
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
  useEffect(() => {
    if (question === 'clinicianAdvice') loadWeeksSelect().catch(() => undefined);
  }, [question]);
  const headingRef = useScreenFocus<HTMLHeadingElement>(question);
  const words = useWords();
  const { t } = words;

  const data = QUESTIONS[question];
  // The health checks' groups (`SafetyGroups`): their yes or no live here until every group has one; a saved
  // answer, or one from elsewhere (a retake, another tab), sets them afresh.
  const [groupAnswers, setGroupAnswers] = useState(() => ({
    from: draft.safety,
    ...(data.kind === 'safety' ? groupAnswersFrom(data, draft.safety) : { said: {}, ticked: [] }),
  }));
  if (data.kind === 'safety' && draft.safety !== undefined && groupAnswers.from !== draft.safety)
    setGroupAnswers({ from: draft.safety, ...groupAnswersFrom(data, draft.safety) });
  const changeGroups = (next: GroupAnswers) => {
    if (data.kind !== 'safety') return;
    const result = safetyAnswer(data, next);
    setGroupAnswers({ ...next, from: 'items' in result ? result.items : undefined });
    if ('items' in result) answer('safety', result.items);
    else if (draft.safety !== undefined) clearAnswer('safety');
  };
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
    if (data.kind === 'safety') {
      const result = safetyAnswer(data, groupAnswers);
      if ('missing' in result) {
        const group = t(`question.safety.group.${result.missing.id}` as MessageKey);
        const [first = ''] = result.missing.items;
        setError(
          result.needs === 'which'
            ? { question, message: t('question.safety.whichError', { group }), target: choiceId(question, first) }
            : { question, message: t('question.safety.groupError', { group }), target: yesId(result.missing) },
        );
        return;
      }
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
        >
          {data.kind === 'safety' ? <SafetyGroups data={data} answers={groupAnswers} onChange={changeGroups} /> : null}
        </ChoiceCards>
        <button type="submit" className="button">
          {t('nav.continue')}
        </button>
      </form>
    </>
  );
}

/** The id of a group's "Yes", for the error summary's link. */
const yesId = (group: SafetyGroup) => choiceId(`safety-${group.id}`, 'yes');

interface SafetyGroupsProps {
  readonly data: SafetyQuestion;
  readonly answers: GroupAnswers;
  readonly onChange: (answers: GroupAnswers) => void;
}

/**
 * The health checks after the urgent signs: each group's items listed, then "Yes" or "No". A person with none of
 * them presses "No" four times; a "Yes" shows that group's items as boxes to tick, under it. Each group is a
 * fieldset of its own, its list tied to it, inside the question's fieldset.
 */
function SafetyGroups({ data, answers, onChange }: SafetyGroupsProps) {
  const { t } = useWords();
  return data.groups.map((group) => {
    const said = answers.said[group.id];
    const listId = `safety-${group.id}-items`;
    return (
      <fieldset className="yes-no" key={group.id} aria-describedby={listId}>
        <legend className="yes-no__legend">{t(`question.safety.group.${group.id}` as MessageKey)}</legend>
        <ul className="yes-no__items" id={listId}>
          {group.items.map((item) => (
            <li key={item}>{t(`safety.${item}`)}</li>
          ))}
        </ul>
        <div className="choices yes-no__answers">
          {(['yes', 'no'] as const).map((value) => (
            <ChoiceCard
              key={value}
              name={`safety-${group.id}`}
              type="radio"
              choice={{ value, label: t(`question.safety.${value}`) }}
              isChecked={said === (value === 'yes')}
              onToggle={() => {
                onChange({ ...answers, said: { ...answers.said, [group.id]: value === 'yes' } });
              }}
            />
          ))}
        </div>
        {said === true ? (
          <div className="choices yes-no__which">
            <p className="yes-no__which-label">{t('question.safety.which')}</p>
            {group.items.map((item) => (
              <ChoiceCard
                key={item}
                name="safety"
                type="checkbox"
                choice={{ value: item, label: t(`safety.${item}`) }}
                isChecked={answers.ticked.includes(item)}
                onToggle={(_, isChecked) => {
                  const others = answers.ticked.filter((ticked) => ticked !== item);
                  onChange({ ...answers, ticked: isChecked ? [...others, item] : others });
                }}
              />
            ))}
          </div>
        ) : null}
      </fieldset>
    );
  });
}
