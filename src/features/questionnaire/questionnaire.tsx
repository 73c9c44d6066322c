import { Activity, memo, type ReactNode } from 'react';
import { applicableQuestions, fittingStep, type QuestionId } from '../../domain/questionnaire';
import { usePlanner } from '../../state/use-planner';
import { QuestionScreen } from './question-screen';

// A screen re-renders when its own answers or words change, not because another one was shown.
const Question = memo(QuestionScreen);

/**
 * Every question that applies, and "Check your answers", with only the current step shown. The others are built
 * while the browser is idle and kept hidden (`<Activity mode="hidden">`: `display: none`, so out of the layout,
 * the tab order and the accessibility tree, with their effects not running), so Continue and Back show a screen
 * that is already there rather than building it while the person waits (docs/decisions/008, npm run bench:ui).
 * The review comes from the app, which loads it once the questions have started (docs/decisions/003).
 */
export function Questionnaire({
  step: saved,
  review,
}: {
  readonly step: QuestionId | 'review';
  readonly review: ReactNode;
}) {
  const draft = usePlanner((state) => state.draft);
  // Saved data is checked when read (`salvageSaved`); this keeps a step that no longer fits from showing nothing.
  const step = fittingStep(draft, saved);
  return (
    <>
      {applicableQuestions(draft).map((question) => (
        <Activity key={question} mode={question === step ? 'visible' : 'hidden'}>
          <Question question={question} />
        </Activity>
      ))}
      <Activity mode={step === 'review' ? 'visible' : 'hidden'}>{review}</Activity>
    </>
  );
}
