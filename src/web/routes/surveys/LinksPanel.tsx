import { useTranslation } from 'react-i18next';
import type { LinksResult } from '../../../shared/surveys';
import { Section } from '../../components/Page';
import { TableWrap } from '../../components/Table';
import { CopyButton } from '../competencies/CopyButton';

/** The links just made, shown once: only their hashes are stored, so they cannot be shown again. */
export function LinksPanel({ result }: { result: LinksResult }) {
  const { t } = useTranslation();
  if (result.count === 0) return <p className="notice notice-info">{t('surveys.links.none')}</p>;
  const mailed = result.count - result.links.length;
  return (
    <Section title={t('surveys.links.title')}>
      {mailed > 0 && <p className="notice notice-success">{t('surveys.links.mailed', { count: mailed })}</p>}
      {result.links.length > 0 && (
        <>
          <p>{t('surveys.links.intro')}</p>
          <p>
            <CopyButton text={result.links.map((l) => `${l.name}\t${l.email ?? ''}\t${l.link}`).join('\n')} label={t('surveys.links.copyAll')} done={t('surveys.links.copied')} />
          </p>
          <TableWrap label={t('surveys.links.title')}>
            <table className="table survey-links">
              <thead>
                <tr>
                  <th scope="col">{t('surveys.links.name')}</th>
                  <th scope="col">{t('surveys.links.link')}</th>
                </tr>
              </thead>
              <tbody>
                {result.links.map((l) => (
                  <tr key={l.link}>
                    <th scope="row">
                      {l.name}
                      {l.email && <div className="muted">{l.email}</div>}
                    </th>
                    <td>
                      <code className="survey-link">{l.link}</code> <CopyButton text={l.link} label={t('surveys.links.copy')} done={t('surveys.links.copied')} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </Section>
  );
}
