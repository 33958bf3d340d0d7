import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationDetail } from '../../../shared/conversations';
import { Section } from '../../components/Page';
import { AutosaveStatus } from './AutosaveStatus';
import { conversationKey, conversationQuery, savePreparation } from './conversationApi';
import { TextAreaField } from '../../components/TextAreaField';
import { useTextAutosave, type ServerTexts } from './useTextAutosave';

const FIELDS = ['agenda', 'experience'] as const;
const texts = (c: ConversationDetail): ServerTexts => ({ values: { agenda: c.agenda, experience: c.experience }, version: c.version });

/** Before the talk: the student brings their own agenda and a recent experience that mattered. */
export function StudentPreparation({ conversation }: { conversation: ConversationDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const id = conversation.id;

  const save = useCallback(
    async (values: Record<string, string>, version: number) => {
      const saved = await savePreparation(id, { version, agenda: values.agenda ?? '', experience: values.experience ?? '' });
      queryClient.setQueryData(conversationKey(id), saved);
      return texts(saved);
    },
    [id, queryClient],
  );
  const reload = useCallback(async () => texts(await queryClient.fetchQuery({ ...conversationQuery(id), staleTime: 0 })), [id, queryClient]);
  const autosave = useTextAutosave({ storageKey: `${id}.preparation`, fields: FIELDS, initial: texts(conversation), save, reload });

  return (
    <Section title={t('conversations.prepare.title')} description={<p>{t('conversations.prepare.intro')}</p>}>
      <TextAreaField
        label={t('conversations.prepare.agenda')}
        hint={t('conversations.prepare.agendaHint')}
        rows={6}
        maxLength={5000}
        value={autosave.values.agenda ?? ''}
        onChange={(e) => autosave.change('agenda', e.target.value)}
      />
      <TextAreaField
        label={t('conversations.prepare.experience')}
        hint={t('conversations.prepare.experienceHint')}
        rows={6}
        maxLength={5000}
        value={autosave.values.experience ?? ''}
        onChange={(e) => autosave.change('experience', e.target.value)}
      />
      <AutosaveStatus autosave={autosave} />
      <details className="prepare-tips">
        <summary>{t('conversations.prepare.tipsTitle')}</summary>
        <ul>
          <li>{t('conversations.prepare.tip1')}</li>
          <li>{t('conversations.prepare.tip2')}</li>
          <li>{t('conversations.prepare.tip3')}</li>
        </ul>
      </details>
    </Section>
  );
}
