import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { demoQuery } from '../../api/queries';
import { Section } from '../../components/Page';

/** In a demo installation the server lists ready-made accounts; one click fills the form. */
export function DemoAccounts({ onUse }: { onUse: (account: { email: string; password: string }) => void }) {
  const { t } = useTranslation();
  const demo = useQuery(demoQuery);
  if (!demo.data?.demo || demo.data.accounts.length === 0) return null;

  return (
    <Section title={t('login.demo.title')} description={<p>{t('login.demo.intro')}</p>} className="demo-accounts">
      {/* Explicit roles keep the table semantics when narrow screens stack the cells. */}
      <table className="demo-table" role="table">
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t('login.demo.role')}
            </th>
            <th scope="col" role="columnheader">
              {t('login.email')}
            </th>
            <th scope="col" role="columnheader">
              {t('login.password')}
            </th>
            <th scope="col" role="columnheader">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {demo.data.accounts.map((account) => (
            <tr key={account.email} role="row">
              <td role="cell" className="demo-role">
                {t(`roles.${account.role}`)}
              </td>
              <td role="cell" className="break">
                {account.email}
              </td>
              <td role="cell">
                <code>{account.password}</code>
              </td>
              <td role="cell">
                <button type="button" className="button button-small button-secondary" onClick={() => onUse(account)}>
                  {t('login.demo.use')}
                  <span className="visually-hidden"> {t('login.demo.useFor', { role: t(`roles.${account.role}`) })}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
