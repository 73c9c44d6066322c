import { useWords } from '../../state/language';
import { WEEKS_ID, type AdviceQuestion } from './questions';

interface WeeksSelectProps {
  readonly advice: AdviceQuestion;
  readonly weeks: number | undefined;
  readonly errorMessage: string | undefined;
  readonly onChange: (weeks: number) => void;
}

/** "Once every few weeks" reveals how many weeks apart (1 week is "once a week"). */
export function WeeksSelect({ advice, weeks, errorMessage, onChange }: WeeksSelectProps) {
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
