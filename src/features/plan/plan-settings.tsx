import { useId, useState } from 'react';
import { parseIsoDate, WEEKDAYS, YEARS, type IsoDate, type Weekday } from '../../domain/dates';
import { PLAN_WEEKS } from '../../domain/plan-limits';
import { intervalChoices, type Plan, type PlanChoice } from '../../domain/plan';
import type { Recommendation } from '../../domain/recommend';
import { capitalise } from '../../i18n/describe';
import type { PlannerState } from '../../state/planner-store';
import type { PlanPreferences } from '../../state/saved-shape';
import { useResultWords } from '../../state/language';

interface PlanSettingsProps {
  readonly recommendation: Recommendation;
  readonly plan: Plan;
  readonly preferences: PlanPreferences;
  readonly start: IsoDate;
  readonly today: IsoDate;
  readonly choosePlan: PlannerState['choosePlan'];
}

/** Start, days, length and how often: each change re-flows the plan at once. */
export function PlanSettings({ recommendation, plan, preferences, start, today, choosePlan }: PlanSettingsProps) {
  const { t } = useResultWords();
  const perWeek = plan.intervalDays < 7 ? Math.round(7 / plan.intervalDays) : 1;
  return (
    <details className="settings no-print">
      <summary className="settings__summary">{t('plan.settingsTitle')}</summary>
      <StartField start={start} today={today} choosePlan={choosePlan} />
      <WeekdaysField perWeek={perWeek} preferred={preferences.weekdays} used={plan.weekdays} choosePlan={choosePlan} />
      <WeeksField weeks={preferences.weeks} choosePlan={choosePlan} />
      <FrequencyField recommendation={recommendation} plan={plan} choice={preferences.choice} choosePlan={choosePlan} />
    </details>
  );
}

function StartField(props: {
  readonly start: IsoDate;
  readonly today: IsoDate;
  readonly choosePlan: PlannerState['choosePlan'];
}) {
  const { t } = useResultWords();
  const id = useId();
  const [text, setText] = useState<string>(props.start);
  const [hasError, setHasError] = useState(false);
  const shown = hasError ? text : props.start;
  return (
    <div className={hasError ? 'field field--error' : 'field'}>
      <label className="label" htmlFor={`${id}-start`}>
        {t('plan.start')}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t('plan.startHint')}
      </p>
      {hasError ? (
        <p className="error-message" id={`${id}-error`}>
          {t('plan.startError', YEARS)}
        </p>
      ) : null}
      <div className="inline-field">
        <input
          className="input"
          type="date"
          id={`${id}-start`}
          value={shown}
          aria-invalid={hasError ? true : undefined}
          aria-describedby={hasError ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setText(value);
            const date = parseIsoDate(value);
            setHasError(date === null);
            if (date !== null) props.choosePlan({ start: date });
          }}
        />
        {props.start === props.today ? null : (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setHasError(false);
              props.choosePlan({ start: props.today });
            }}
          >
            {t('plan.startToday')}
          </button>
        )}
      </div>
    </div>
  );
}

function WeekdaysField(props: {
  readonly perWeek: number;
  readonly preferred: readonly Weekday[];
  readonly used: readonly Weekday[];
  readonly choosePlan: PlannerState['choosePlan'];
}) {
  const words = useResultWords();
  const { t } = words;
  const { perWeek, preferred, used, choosePlan } = props;
  const id = useId();
  const hint = t(
    perWeek >= 3 ? 'plan.weekdaysHintThree' : perWeek === 2 ? 'plan.weekdaysHintTwo' : 'plan.weekdaysHintOne',
  );
  const wanted = preferred.slice(0, perWeek);
  const isAdjusted = wanted.length > 0 && (wanted.length < used.length || wanted.some((day) => !used.includes(day)));
  const usedDays = words.list(used.map(words.weekday));
  return (
    <fieldset className="fieldset fieldset--small" aria-describedby={`${id}-hint`}>
      <legend className="label">{t('plan.weekdays')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <p className="status-line" role="status">
        {t(isAdjusted ? 'plan.weekdaysAdjusted' : 'plan.weekdaysUsed', { days: usedDays })}
      </p>
      <div className="weekdays">
        {WEEKDAYS.map((day) => (
          <label className="weekday" key={day}>
            <input
              type="checkbox"
              checked={preferred.includes(day)}
              onChange={(event) => {
                const others = preferred.filter((chosen) => chosen !== day);
                // The latest choice counts most: the oldest drops off beyond the days a week the plan needs.
                const next = event.currentTarget.checked ? [...others, day].slice(-perWeek) : others;
                choosePlan({ weekdays: next });
              }}
            />
            <span>{words.weekday(day)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function WeeksField(props: { readonly weeks: number; readonly choosePlan: PlannerState['choosePlan'] }) {
  const { t } = useResultWords();
  const id = useId();
  const [text, setText] = useState(String(props.weeks));
  const [hasError, setHasError] = useState(false);
  const range = { min: PLAN_WEEKS.min, max: PLAN_WEEKS.max };
  return (
    <div className={hasError ? 'field field--error' : 'field'}>
      <label className="label" htmlFor={`${id}-weeks`}>
        {t('plan.weeks')}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t('plan.weeksHint', range)}
      </p>
      {hasError ? (
        <p className="error-message" id={`${id}-error`}>
          {t('plan.weeksError', range)}
        </p>
      ) : null}
      <input
        className="input input--short"
        type="number"
        inputMode="numeric"
        id={`${id}-weeks`}
        min={range.min}
        max={range.max}
        value={hasError ? text : String(props.weeks)}
        aria-invalid={hasError ? true : undefined}
        aria-describedby={hasError ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setText(value);
          const weeks = Number(value);
          const isValid = value.trim() !== '' && Number.isInteger(weeks) && weeks >= range.min && weeks <= range.max;
          setHasError(!isValid);
          if (isValid) props.choosePlan({ weeks });
        }}
      />
    </div>
  );
}

function FrequencyField(props: {
  readonly recommendation: Recommendation;
  readonly plan: Plan;
  readonly choice: PlanChoice | null;
  readonly choosePlan: PlannerState['choosePlan'];
}) {
  const words = useResultWords();
  const { t } = words;
  const { recommendation, plan, choosePlan } = props;
  const id = useId();
  const schedule = recommendation.schedule;
  const points = intervalChoices(recommendation);
  const option = recommendation.lifestyleOption;
  if (schedule === null || schedule.source === 'clinician' || (points.length < 2 && option === null)) return null;
  const current = plan.isOwnChoice && props.choice?.kind === 'lifestyle-option' ? 'option' : String(plan.intervalDays);
  const choices: { readonly value: string; readonly label: string; readonly choice: PlanChoice | null }[] = points.map(
    (days) => ({
      value: String(days),
      label:
        days === schedule.intervalDays
          ? t('plan.frequencySuggested', { interval: capitalise(words.interval(days)) })
          : capitalise(words.interval(days)),
      choice: days === schedule.intervalDays ? null : { kind: 'interval', days },
    }),
  );
  if (option !== null) {
    choices.push({
      value: 'option',
      label: t('plan.frequencyOption', {
        interval: capitalise(words.interval(option.intervalDays)),
        row: t(`row.${option.row}.name`),
      }),
      choice: { kind: 'lifestyle-option' },
    });
  }
  return (
    <fieldset className="fieldset fieldset--small" aria-describedby={`${id}-hint`}>
      <legend className="label">{t('plan.frequency')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('plan.frequencyHint')}
      </p>
      {choices.map((choice) => (
        <label className="radio-line" key={choice.value}>
          <input
            type="radio"
            name={`${id}-frequency`}
            value={choice.value}
            checked={current === choice.value}
            onChange={() => {
              choosePlan({ choice: choice.choice });
            }}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
