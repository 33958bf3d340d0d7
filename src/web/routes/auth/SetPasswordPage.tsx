import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api/client';
import { AppShell } from '../../components/AppShell';
import { FormError } from '../../components/Feedback';
import { Page } from '../../components/Page';
import { checkNewPassword, NewPasswordFields, type NewPasswordErrors } from '../account/NewPasswordFields';

/** Reached through the one-time link in an invitation mail: choose a first password. */
export function SetPasswordPage({ token }: { token: string | undefined }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const save = useMutation({
    mutationFn: () => api<void>('/auth/set-password', { method: 'POST', json: { token, password } }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = checkNewPassword(password, repeat, t);
    setErrors(next);
    if (Object.keys(next).length === 0) save.mutate();
  };

  const invalid = !token || isApiError(save.error, 'invalid_token');
  return (
    <AppShell me={null}>
      <div className="login-layout">
        <Page title={t('setPassword.title')} intro={<p>{t('setPassword.intro')}</p>}>
          {save.isSuccess ? (
            <div className="card prose" role="status">
              <p>{t('setPassword.done')}</p>
              <p>
                <Link to="/login" search={{ redirect: undefined }} className="button">
                  {t('setPassword.toLogin')}
                </Link>
              </p>
            </div>
          ) : invalid ? (
            <div className="card prose">
              <div className="notice notice-error" role="alert">
                {save.error ? <FormErrorText error={save.error} /> : t('setPassword.noToken')}
              </div>
              <p>{t('setPassword.askAgain')}</p>
            </div>
          ) : (
            <form className="card form" onSubmit={submit} noValidate>
              <FormError error={save.error} />
              <NewPasswordFields password={password} repeat={repeat} onPassword={setPassword} onRepeat={setRepeat} errors={errors} />
              <div className="form-actions">
                <button type="submit" className="button" disabled={save.isPending}>
                  {t('setPassword.submit')}
                </button>
              </div>
            </form>
          )}
        </Page>
      </div>
    </AppShell>
  );
}

function FormErrorText({ error }: { error: unknown }) {
  return <>{error instanceof Error ? error.message : ''}</>;
}
