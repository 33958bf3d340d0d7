import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../../api/types';
import { TableWrap } from '../../../components/Table';

/** Row errors: rij, kolom, wat er mis is. */
export function ImportErrors({ errors, total }: { errors: ImportRowError[]; total?: number }) {
  const { t } = useTranslation();
  return (
    <>
      <TableWrap label={t('imports.errorsTable')}>
        <table className="table-compact">
          <thead>
            <tr>
              <th scope="col">{t('imports.row')}</th>
              <th scope="col">{t('imports.column')}</th>
              <th scope="col">{t('imports.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error, index) => (
              <tr key={`${error.row}-${error.column ?? ''}-${index}`}>
                <td>{error.row}</td>
                <td>{error.column ?? '—'}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {total !== undefined && total > errors.length && (
        <p className="muted">{t('imports.moreErrors', { shown: errors.length, total })}</p>
      )}
    </>
  );
}
