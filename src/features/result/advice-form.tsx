import { useId, useRef, useState } from 'react';
import { ADVICE_OPTIONS, ADVICE_WEEKS, NOT_YET, adviceFor, type AdviceOption } from '../../domain/questionnaire';
import { todayOnDevice } from '../../state/today';
import { enterAdvice } from '../../state/later-events';
import { plannerStore } from '../../state/use-planner';
import { CardChoices, SelectField } from '../../ui/card-choices';
import { useResultWords } from '../../state/language';

interface AdviceFormProps {
  /** Ask whether usual pressure was allowed (where lighter pressure is the default with advice). */
  readonly asksPressure: boolean;
}

/**
 * What a doctor or physical therapist advised, entered after the questions: rule 5's path, and the way back to a
 * plan after a referral. Saved as an entry of the timeline; the plan then follows it.
 */
export function AdviceForm({ asksPressure }: AdviceFormProps) {
  const words = useResultWords();
  const { t } = words;
  const id = useId();
  const [option, setOption] = useState<AdviceOption>();
  const [weeks, setWeeks] = useState('');
  const [usualPressure, setUsualPressure] = useState<boolean>();
  const [errors, setErrors] = useState<{ howOften?: string; pressure?: string }>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const options = ADVICE_OPTIONS.filter((value) => value !== NOT_YET).map((value) => ({
    value,
    label: t(`option.clinicianAdvice.${value}`),
  }));

  const save = () => {
    const advice = option === undefined ? undefined : adviceFor(option, weeks === '' ? undefined : Number(weeks));
    const found: { howOften?: string; pressure?: string } = {};
    if (advice === undefined || advice === NOT_YET) {
      found.howOften = t(option === 'every-weeks' ? 'question.clinicianAdvice.weeksError' : 'advice.howOftenError');
    }
    if (asksPressure && usualPressure === undefined) found.pressure = t('advice.pressureError');
    setErrors(found);
    if (advice === undefined || advice === NOT_YET || found.pressure !== undefined) {
      headingRef.current?.focus();
      return;
    }
    enterAdvice(
      plannerStore,
      { advice, usualPressure: asksPressure ? usualPressure === true : false },
      todayOnDevice(),
    );
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t('advice.title')}
      </h2>
      <p>{t('advice.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <CardChoices
          legend={t('advice.howOften')}
          options={options}
          selected={option}
          onChange={setOption}
          error={errors.howOften}
        >
          {option === 'every-weeks' ? (
            <SelectField
              label={t('question.clinicianAdvice.weeksLabel')}
              options={[
                { value: '', label: t('question.clinicianAdvice.weeksPlaceholder') },
                ...ADVICE_WEEKS.map((count) => ({
                  value: String(count),
                  label: t('question.clinicianAdvice.weeksOption', { weeks: count }),
                })),
              ]}
              value={weeks}
              onChange={setWeeks}
            />
          ) : null}
        </CardChoices>
        {asksPressure ? (
          <CardChoices
            legend={t('advice.pressure')}
            options={[
              { value: true, label: t('advice.pressureYes') },
              { value: false, label: t('advice.pressureNo') },
            ]}
            selected={usualPressure}
            onChange={setUsualPressure}
            hint={t('advice.pressureHint')}
            error={errors.pressure}
          />
        ) : null}
        <div className="actions">
          <button type="submit" className="button">
            {t('advice.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
