import { GUIDE, ROW_IDS, type RowId } from '../../domain/guide';
import { practiceGuide } from '../../practice/practice-guide';
import { useResultWords } from '../../state/language';

/**
 * The guide's table, the person's row marked in words as well as colour. A practice's narrower range shows with
 * the published guide's beside it, so nobody mistakes one for the other.
 */
export function GuideTable({ row }: { readonly row: RowId }) {
  const words = useResultWords();
  const { t } = words;
  return (
    <table className="guide-table">
      <caption>{t('result.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('result.tableSituation')}</th>
          <th scope="col">{t('result.tableFrequency')}</th>
        </tr>
      </thead>
      <tbody>
        {ROW_IDS.map((id) => {
          const practiceRange = words.rowFrequency(practiceGuide.rows[id].frequency);
          const publishedRange = words.rowFrequency(GUIDE.rows[id].frequency);
          return (
            <tr key={id} className={id === row ? 'is-yours' : undefined}>
              <th scope="row">
                {id === row ? <strong className="tag">{t('result.yourSituation')}</strong> : null}
                {t(`row.${id}.name`)}
                <span className="guide-table__why">{t(`row.${id}.why`)}</span>
              </th>
              <td>
                {practiceRange}
                {practiceRange === publishedRange ? null : (
                  <span className="guide-table__why">{t('guide.published', { range: publishedRange })}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
