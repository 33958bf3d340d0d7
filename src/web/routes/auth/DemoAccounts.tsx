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
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('login.demo.role')}</th>
              <th scope="col">{t('login.email')}</th>
              <th scope="col">{t('login.password')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {demo.data.accounts.map((account) => (
              <tr key={account.email}>
                <td>{t(`roles.${account.role}`)}</td>
                <td className="break">{account.email}</td>
                <td>
                  <code>{account.password}</code>
                </td>
                <td>
                  <button type="button" className="button button-small button-secondary" onClick={() => onUse(account)}>
                    {t('login.demo.use')}
                    <span className="visually-hidden"> {t('login.demo.useFor', { role: t(`roles.${account.role}`) })}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
