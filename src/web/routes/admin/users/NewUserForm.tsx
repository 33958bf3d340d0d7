import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api/client';
import { ROLES, type AdminUser, type Language, type Role } from '../../../api/types';
import { FormError } from '../../../components/Feedback';
import { SelectField, TextField } from '../../../components/Fields';
import { Section } from '../../../components/Page';

const EMPTY = { firstName: '', namePrefix: '', lastName: '', email: '', studentNumber: '' };

/** Creates an account; the server puts an invitation with a set-password link in the outbox. */
export function NewUserForm({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [role, setRole] = useState<Role>('student');
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'nl');
  const [created, setCreated] = useState<AdminUser | null>(null);

  const create = useMutation({
    mutationFn: () =>
      api<AdminUser>('/admin/users', {
        method: 'POST',
        json: {
          firstName: values.firstName.trim(),
          namePrefix: values.namePrefix.trim() || undefined,
          lastName: values.lastName.trim(),
          email: values.email.trim(),
          role,
          studentNumber: role === 'student' ? values.studentNumber.trim() : undefined,
          language,
        },
      }),
    onSuccess: async (user) => {
      setCreated(user);
      setValues(EMPTY);
      await queryClient.invalidateQueries({ queryKey: ['admin-users'] });
      await queryClient.invalidateQueries({ queryKey: ['home'] });
    },
  });
  const errors = fieldErrors(create.error);
  const set = (key: keyof typeof EMPTY) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    create.mutate();
  };

  return (
    <Section title={t('users.new')} description={<p>{t('users.newIntro')}</p>}>
      <form className="form" onSubmit={submit}>
        <FormError error={create.error} />
        <div className="form-row">
          <TextField label={t('fields.firstName')} required value={values.firstName} onChange={set('firstName')} error={errors.firstName} autoComplete="off" />
          <TextField label={t('fields.namePrefix')} optional value={values.namePrefix} onChange={set('namePrefix')} error={errors.namePrefix} autoComplete="off" className="field-short" />
          <TextField label={t('fields.lastName')} required value={values.lastName} onChange={set('lastName')} error={errors.lastName} autoComplete="off" />
        </div>
        <div className="form-row">
          <TextField label={t('fields.email')} type="email" required value={values.email} onChange={set('email')} error={errors.email} autoComplete="off" />
          <SelectField label={t('fields.role')} value={role} onChange={(event) => setRole(event.target.value as Role)} error={errors.role}>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </SelectField>
          {role === 'student' && (
            <TextField label={t('fields.studentNumber')} required value={values.studentNumber} onChange={set('studentNumber')} error={errors.studentNumber} autoComplete="off" />
          )}
          <SelectField label={t('users.mailLanguage')} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </SelectField>
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {t('users.create')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
        <div role="status" className={created ? 'notice notice-success' : 'visually-hidden'}>
          {created && (
            <>
              {t('users.created', { name: created.name })}{' '}
              <Link to="/admin/outbox">{t('users.toOutbox')}</Link>
            </>
          )}
        </div>
      </form>
    </Section>
  );
}
