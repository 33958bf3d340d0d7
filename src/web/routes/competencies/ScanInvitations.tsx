import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanInvitationCreated } from '../../../shared/competencies';
import { fieldErrors } from '../../api/client';
import { FormError } from '../../components/Feedback';
import { TextField } from '../../components/Fields';
import { Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { createInvitation, invitationsKey, invitationsQuery } from './competencyApi';
import { InvitationCreated } from './InvitationCreated';
import { InvitationList } from './InvitationList';

/**
 * 360°: invite an external placement supervisor, who fills in the competence scan through a
 * personal link without an account. Students invite for themselves, counsellors for a student.
 */
export function ScanInvitations({ studentId, studentName }: { studentId: string; studentName?: string }) {
  const { t } = useTranslation();
  const invitations = useQuery(invitationsQuery(studentId));
  const [created, setCreated] = useState<ScanInvitationCreated | null>(null);

  return (
    <Section
      title={studentName ? t('competencies.invite.titleStaff') : t('competencies.invite.title')}
      description={<p>{studentName ? t('competencies.invite.introStaff', { name: studentName }) : t('competencies.invite.introStudent')}</p>}
    >
      {created ? (
        <InvitationCreated created={created} onAnother={() => setCreated(null)} />
      ) : (
        <InviteForm studentId={studentId} onCreated={setCreated} />
      )}
      <h3>{t('competencies.invite.listTitle')}</h3>
      <QueryState query={invitations} loadingLabel={t('competencies.invite.loading')}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('competencies.invite.none')} />
          ) : (
            <InvitationList studentId={studentId} items={data.items} />
          )
        }
      </QueryState>
    </Section>
  );
}

function InviteForm({ studentId, onCreated }: { studentId: string; onCreated: (created: ScanInvitationCreated) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<{ name?: string; email?: string }>({});
  const create = useMutation({
    mutationFn: () => createInvitation(studentId, { name: name.trim(), email: email.trim() }),
    onSuccess: async (created) => {
      onCreated(created);
      await queryClient.invalidateQueries({ queryKey: invitationsKey(studentId) });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: { name?: string; email?: string } = {};
    if (!name.trim()) next.name = t('competencies.invite.nameRequired');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) next.email = t('competencies.invite.emailInvalid');
    setErrors(next);
    if (Object.keys(next).length === 0) create.mutate();
  };
  const server = fieldErrors(create.error);

  return (
    <form className="form form-inline" onSubmit={submit} noValidate aria-label={t('competencies.invite.formLabel')}>
      <FormError error={Object.keys(server).length > 0 ? null : create.error} />
      <TextField
        label={t('competencies.invite.name')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name ?? server.name}
        autoComplete="off"
        maxLength={200}
      />
      <TextField
        label={t('competencies.invite.email')}
        type="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.email ?? server.email}
        autoComplete="off"
        maxLength={320}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending} aria-busy={create.isPending || undefined}>
          {t('competencies.invite.submit')}
        </button>
      </div>
    </form>
  );
}
