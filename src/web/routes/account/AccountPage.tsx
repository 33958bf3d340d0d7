import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { meQuery, useMe } from '../../api/queries';
import type { Me } from '../../api/types';
import { FormError, StatusMessage } from '../../components/Feedback';
import { SelectField } from '../../components/Fields';
import { Page, Section } from '../../components/Page';
import i18n, { isLanguage, rememberLanguage, type Language } from '../../i18n';
import { PasswordForm } from './PasswordForm';
import { SessionsList } from './SessionsList';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page title={t('account.title')} intro={<p>{t('account.intro')}</p>}>
      <div className="stack">
        <Section title={t('account.details')}>
          <dl className="details">
            <div>
              <dt>{t('fields.name')}</dt>
              <dd>{me.name}</dd>
            </div>
            <div>
              <dt>{t('fields.email')}</dt>
              <dd className="break">{me.email ?? t('common.unknown')}</dd>
            </div>
            <div>
              <dt>{t('fields.role')}</dt>
              <dd>{t(`roles.${me.role}`)}</dd>
            </div>
          </dl>
        </Section>
        <LanguageForm key={me.language} me={me} />
        <PasswordForm />
        <SessionsList />
      </div>
    </Page>
  );
}

function LanguageForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [language, setLanguage] = useState<Language>(me.language);
  const save = useMutation({
    mutationFn: (value: Language) => api<Me>('/me', { method: 'PATCH', json: { language: value } }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(meQuery.queryKey, updated);
      rememberLanguage(updated.language);
      await i18n.changeLanguage(updated.language);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(language);
  };

  return (
    <Section title={t('account.language')} description={<p>{t('account.languageIntro')}</p>}>
      <form className="form form-inline" onSubmit={submit}>
        <FormError error={save.error} />
        <SelectField
          label={t('account.languageLabel')}
          value={language}
          onChange={(event) => isLanguage(event.target.value) && setLanguage(event.target.value)}
        >
          <option value="nl" lang="nl">
            Nederlands
          </option>
          <option value="en" lang="en">
            English
          </option>
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('common.save')}
          </button>
        </div>
        <StatusMessage>{save.isSuccess ? t('account.languageSaved') : null}</StatusMessage>
      </form>
    </Section>
  );
}
