import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../shared/passwords';
import { TextField } from '../../components/Fields';

export interface NewPasswordErrors {
  password?: string;
  repeat?: string;
}

/** The rule the server applies, checked before submitting so the user learns it at once. */
export function checkNewPassword(password: string, repeat: string, t: TFunction): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  if (password.length < MIN_PASSWORD_LENGTH) errors.password = t('account.password.tooShort', { count: MIN_PASSWORD_LENGTH });
  if (repeat !== password) errors.repeat = t('account.password.noMatch');
  return errors;
}

/** A new password typed twice, as on the account page and the set-password page. */
export function NewPasswordFields(props: {
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  errors: NewPasswordErrors;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('account.password.new')}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={t('account.password.hint', { count: MIN_PASSWORD_LENGTH })}
        value={props.password}
        onChange={(event) => props.onPassword(event.target.value)}
        error={props.errors.password}
      />
      <TextField
        label={t('account.password.repeat')}
        type="password"
        autoComplete="new-password"
        required
        value={props.repeat}
        onChange={(event) => props.onRepeat(event.target.value)}
        error={props.errors.repeat}
      />
    </>
  );
}
