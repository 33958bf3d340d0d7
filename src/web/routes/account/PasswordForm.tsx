import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors, isApiError } from '../../api/client';
import { FormError, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Fields';
import { Section } from '../../components/Page';

const MIN_LENGTH = 10;

export function PasswordForm() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [localErrors, setLocalErrors] = useState<{ newPassword?: string; repeat?: string }>({});

  const change = useMutation({
    mutationFn: () => api<void>('/auth/password', { method: 'POST', json: { currentPassword, newPassword } }),
    onSuccess: () => {
      setCurrent('');
      setNew('');
      setRepeat('');
    },
  });
  const serverErrors = fieldErrors(change.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: typeof localErrors = {};
    if (newPassword.length < MIN_LENGTH) errors.newPassword = t('account.password.tooShort', { count: MIN_LENGTH });
    if (repeat !== newPassword) errors.repeat = t('account.password.noMatch');
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      change.reset();
      return;
    }
    change.mutate();
  };

  const wrongCurrent = isApiError(change.error, 'wrong_password') ? change.error.message : undefined;
  const weak = isApiError(change.error, 'weak_password') ? change.error.message : undefined;

  return (
    <Section title={t('account.password.title')}>
      <form className="form narrow" onSubmit={submit} noValidate>
        {!wrongCurrent && !weak && <FormError error={change.error} />}
        <TextField
          label={t('account.password.current')}
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrent(event.target.value)}
          error={wrongCurrent ?? serverErrors.currentPassword}
        />
        <TextField
          label={t('account.password.new')}
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_LENGTH}
          hint={t('account.password.hint', { count: MIN_LENGTH })}
          value={newPassword}
          onChange={(event) => setNew(event.target.value)}
          error={localErrors.newPassword ?? weak ?? serverErrors.newPassword}
        />
        <TextField
          label={t('account.password.repeat')}
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
          error={localErrors.repeat}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={change.isPending}>
            {t('account.password.submit')}
          </button>
        </div>
        <StatusMessage>{change.isSuccess ? t('account.password.done') : null}</StatusMessage>
      </form>
    </Section>
  );
}
