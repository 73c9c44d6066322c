import { useResultWords } from '../../state/language';

/** What is normal after a massage, what means lighter pressure, and when to call someone (the guide, and docs/rules.md, “The safety screen”). */
export function AfterMassage() {
  const { t } = useResultWords();
  return (
    <section className="panel" aria-labelledby="after-title">
      <h2 id="after-title">{t('plan.afterTitle')}</h2>
      <ul className="cautions">
        <li>{t('plan.afterNormal')}</li>
        <li>{t('plan.afterLighter')}</li>
        <li>{t('plan.afterCall')}</li>
        <li>
          <strong>{t('plan.afterUrgent')}</strong>
        </li>
      </ul>
    </section>
  );
}
