import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportUpload, type Mapping } from '../../../api/types';
import { TableWrap } from '../../../components/Table';

/** The first rows of the file as they will be read with the current mapping. */
export function MappingPreview({ upload, mapping }: { upload: ImportUpload; mapping: Mapping }) {
  const { t } = useTranslation();
  const columns = IMPORT_FIELDS.filter((field) => mapping[field]).map((field) => ({
    field,
    index: upload.headers.indexOf(mapping[field] ?? ''),
  }));
  if (columns.length === 0) return <p className="muted">{t('imports.previewEmpty')}</p>;

  return (
    <TableWrap label={t('imports.preview')}>
      <table className="table-compact">
        <thead>
          <tr>
            <th scope="col">{t('imports.row')}</th>
            {columns.map(({ field }) => (
              <th key={field} scope="col">
                {t(`imports.fields.${field}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {upload.preview.map((row, rowIndex) => (
            <tr key={rowIndex}>
              <td className="muted">{rowIndex + 1}</td>
              {columns.map(({ field, index }) => (
                <td key={field}>{index >= 0 ? (row[index] ?? '') : ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
