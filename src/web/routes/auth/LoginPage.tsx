import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { meQuery } from '../../api/queries';
import type { Role } from '../../api/types';
import { AppShell } from '../../components/AppShell';
import { FormError } from '../../components/Feedback';
import { TextField } from '../../components/Fields';
import { Page } from '../../components/Page';
import { DemoAccounts } from './DemoAccounts';

export function LoginPage({ redirectTo }: { redirectTo: string }) {
  const { t } = useTranslation();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errorId = useId();
  const submitRef = useRef<HTMLButtonElement>(null);

  const login = useMutation({
    mutationFn: () =>
      api<{ user: { id: string; name: string; role: Role } }>('/auth/login', {
        method: 'POST',
        json: { email: email.trim(), password },
      }),
    onSuccess: async () => {
      // Start clean: nothing cached from an earlier session may show for this user.
      queryClient.removeQueries();
      await queryClient.fetchQuery(meQuery);
      router.history.push(redirectTo);
    },
  });

  const [missing, setMissing] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      login.reset();
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate();
  };

  const useAccount = (account: { email: string; password: string }) => {
    setEmail(account.email);
    setPassword(account.password);
    login.reset();
    setMissing(false);
    submitRef.current?.focus();
  };

  const failed = login.isError || missing;
  return (
    <AppShell me={null}>
      <div className="login-layout">
        <Page title={t('login.title')} intro={<p>{t('login.intro')}</p>}>
          <form className="card form login-form" onSubmit={onSubmit} noValidate aria-busy={login.isPending}>
            {missing ? (
              <div className="notice notice-error" role="alert" id={errorId}>
                {t('login.missing')}
              </div>
            ) : (
              <FormError error={login.error} id={errorId} />
            )}
            <TextField
              label={t('login.email')}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={failed || undefined}
              aria-describedby={failed ? errorId : undefined}
            />
            <TextField
              label={t('login.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={failed || undefined}
              aria-describedby={failed ? errorId : undefined}
            />
            <div className="form-actions">
              <button
                ref={submitRef}
                type="submit"
                className="button"
                disabled={login.isPending}
              >
                {login.isPending ? t('login.submitting') : t('login.submit')}
              </button>
            </div>
          </form>
          <DemoAccounts onUse={useAccount} />
        </Page>
      </div>
    </AppShell>
  );
}
