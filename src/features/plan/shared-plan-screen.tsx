import { useMemo, useState } from 'react';
import { decodeSharedPlan, type ShareProblem, type SharedPlan } from '../../domain/share';
import { deriveSharedPlan } from '../../state/derived';
import { capitalise } from '../../i18n/describe';
import { todayOnDevice } from '../../state/today';
import { adoptSharedPlan } from '../../state/later-events';
import { plannerStore, usePlanner } from '../../state/use-planner';
import { ConfirmPanel } from '../../ui/confirm-panel';
import { useDocumentTitle, useScreenFocus } from '../../ui/use-screen-focus';
import { PlanSummary } from './plan-summary';
import { SessionList } from './session-list';
import { useResultWords } from '../../state/language';

interface SharedPlanScreenProps {
  /** The link's fragment, without the `#`. */
  readonly fragment: string;
  /** Leaves the shared plan (the fragment is removed from the address). */
  readonly onClose: () => void;
}

/** A plan someone shared: a preview that changes nothing saved, or a plain "can't be read" screen. */
export function SharedPlanScreen({ fragment, onClose }: SharedPlanScreenProps) {
  const today = todayOnDevice();
  const result = useMemo(() => decodeSharedPlan(fragment, today), [fragment, today]);
  if (!result.ok) return <BadLink problem={result.problem} onClose={onClose} />;
  return <Preview shared={result.plan} onClose={onClose} />;
}

const BAD_LINK_TEXT = { 'newer-version': 'shared.badNewer', 'future-date': 'shared.badFuture' } as const;

function BadLink({ problem, onClose }: { readonly problem: ShareProblem; readonly onClose: () => void }) {
  const { t } = useResultWords();
  const headingRef = useScreenFocus<HTMLHeadingElement>('shared-bad');
  useDocumentTitle(t('nav.pageTitle', { title: t('shared.badTitle') }));
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('shared.badTitle')}
      </h1>
      <p>{t(problem === 'newer-version' || problem === 'future-date' ? BAD_LINK_TEXT[problem] : 'shared.badText')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onClose}>
          {t('shared.badHome')}
        </button>
      </div>
    </>
  );
}

function Preview({ shared, onClose }: { readonly shared: SharedPlan; readonly onClose: () => void }) {
  const words = useResultWords();
  const { t } = words;
  const hasSaved = usePlanner((state) => state.submissions.length > 0 || Object.keys(state.draft).length > 0);
  const [isConfirming, setIsConfirming] = useState(false);
  const headingRef = useScreenFocus<HTMLHeadingElement>('shared-preview');
  useDocumentTitle(t('nav.pageTitle', { title: t('shared.title') }));

  const today = todayOnDevice();
  const { recommendation, plan } = deriveSharedPlan(shared, today);
  const adopt = () => {
    adoptSharedPlan(plannerStore, shared, today);
    onClose();
  };
  const isWithheld = shared.withheldSafety.length > 0;

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('shared.title')}
      </h1>
      <p>{t('shared.intro')}</p>
      {isWithheld ? <p className="plan-note">{t('shared.itemsHidden')}</p> : null}
      <p className="result__headline">
        {recommendation.schedule === null
          ? t(
              recommendation.outcome === 'urgent'
                ? 'urgent.title'
                : recommendation.outcome === 'wait'
                  ? 'wait.title'
                  : 'professional.title',
            )
          : capitalise(words.interval(plan.intervalDays))}
      </p>
      <p className="result__range">
        {t('reason.row', {
          range: words.rowFrequency(recommendation.rowFrequency),
          row: t(`row.${recommendation.row}.name`),
        })}
      </p>
      <PlanSummary recommendation={recommendation} plan={plan} start={shared.preferences.start} />
      <h2>{t('result.whyTitle')}</h2>
      <ul className="reasons">
        {recommendation.reasons.map((reason, index) => (
          <li key={`${reason.code}-${String(index)}`}>{words.reason(reason)}</li>
        ))}
      </ul>
      {plan.sessions.length === 0 ? null : (
        <>
          <h2>{t('plan.sessionsTitle')}</h2>
          <SessionList plan={plan} today={today} />
        </>
      )}
      {isConfirming ? (
        <ConfirmPanel
          title={t('shared.confirmTitle')}
          text={t('shared.confirmText')}
          confirmLabel={t('shared.confirmYes')}
          cancelLabel={t('shared.confirmNo')}
          onConfirm={adopt}
          onCancel={() => {
            setIsConfirming(false);
          }}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button"
            aria-describedby="shared-use-hint"
            onClick={() => {
              if (hasSaved) setIsConfirming(true);
              else adopt();
            }}
          >
            {t('shared.use')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('shared.close')}
          </button>
        </div>
      )}
      <p className="hint" id="shared-use-hint">
        {t(isWithheld ? 'shared.useWithheldHint' : 'shared.useHint')}
      </p>
      <p className="quiet print-only">{t('result.notAdvice')}</p>
    </>
  );
}
