import { useId, useRef, useState } from 'react';
import type { IsoDate } from '../../domain/dates';
import type { Plan } from '../../domain/plan';
import type { Reading } from '../../domain/timeline';
import type { PlanPreferences } from '../../state/saved-shape';
import { appAddress } from '../../ui/app-address';
import { useResultWords } from '../../state/language';

interface SharePlanProps {
  readonly reading: Reading;
  readonly plan: Plan;
  readonly preferences: PlanPreferences;
  readonly start: IsoDate;
}

/**
 * "Share with your therapist": a link with the plan in its `#fragment`, through the system's share sheet where
 * the browser has one, copied to the clipboard otherwise, and always shown so it can be copied by hand.
 */
export function SharePlan({ reading, plan, preferences, start }: SharePlanProps) {
  const { t } = useResultWords();
  const id = useId();
  const [includeItems, setIncludeItems] = useState(false);
  const [link, setLink] = useState<string>();
  const [status, setStatus] = useState('');
  const linkRef = useRef<HTMLInputElement>(null);

  const share = async () => {
    setStatus('');
    const { createSharedPlan, encodeSharedPlan } = await import('../../domain/share');
    const shared = createSharedPlan(
      reading,
      {
        start,
        weekdays: plan.weekdays,
        weeks: preferences.weeks,
        choice: preferences.choice,
        changes: preferences.changes,
      },
      plan.happened,
      { includeItems },
    );
    const url = `${appAddress()}#${encodeSharedPlan(shared)}`;
    setLink(url);
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: t('plan.shareTitleText'), url });
        setStatus(t('plan.shareShared'));
        return;
      } catch (error) {
        // The person closed the share sheet: nothing to say. Anything else: fall back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('plan.shareCopied'));
    } catch {
      setStatus(t('plan.shareManual'));
      linkRef.current?.select();
    }
  };

  return (
    <section className="panel no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('plan.shareTitle')}</h2>
      <p>{t('plan.shareText')}</p>
      {reading.answers.safety.length === 0 ? null : (
        <div className="field">
          <label className="radio-line">
            <input
              type="checkbox"
              checked={includeItems}
              aria-describedby={`${id}-items-hint`}
              onChange={(event) => {
                setIncludeItems(event.currentTarget.checked);
                setLink(undefined);
                setStatus('');
              }}
            />
            <span>{t('plan.shareItems')}</span>
          </label>
          <p className="hint" id={`${id}-items-hint`}>
            {t('plan.shareItemsHint')}
          </p>
        </div>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          void share();
        }}
      >
        {t('plan.shareButton')}
      </button>
      <p className="status-line" role="status">
        {status}
      </p>
      {link === undefined ? null : (
        <div className="field">
          <label className="label" htmlFor={`${id}-link`}>
            {t('plan.shareLinkLabel')}
          </label>
          <input className="input" id={`${id}-link`} ref={linkRef} type="url" readOnly value={link} />
        </div>
      )}
    </section>
  );
}
