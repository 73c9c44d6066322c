import { GUIDE, ROW_IDS, type RowId } from '../../domain/guide';
import { resultWords as words } from '../../i18n/english-result';

const { t } = words;

/** The guide's table, the person's row marked in words as well as colour. */
export function GuideTable({ row }: { readonly row: RowId }) {
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
        {ROW_IDS.map((id) => (
          <tr key={id} className={id === row ? 'is-yours' : undefined}>
            <th scope="row">
              {id === row ? <strong className="tag">{t('result.yourSituation')}</strong> : null}
              {t(`row.${id}.name`)}
              <span className="guide-table__why">{t(`row.${id}.why`)}</span>
            </th>
            <td>{words.rowFrequency(GUIDE.rows[id].frequency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
