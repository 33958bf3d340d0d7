import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors, isApiError } from '../../api/client';
import { FormError, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Fields';
import { Section } from '../../components/Page';
import { checkNewPassword, NewPasswordFields, type NewPasswordErrors } from './NewPasswordFields';

export function PasswordForm() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [localErrors, setLocalErrors] = useState<NewPasswordErrors>({});

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
    const errors = checkNewPassword(newPassword, repeat, t);
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
        <NewPasswordFields
          password={newPassword}
          repeat={repeat}
          onPassword={setNew}
          onRepeat={setRepeat}
          errors={{ password: localErrors.password ?? weak ?? serverErrors.newPassword, repeat: localErrors.repeat }}
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
