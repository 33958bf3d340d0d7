import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDomainText } from './domainTexts';
import type { ConversationDetail } from '../../../shared/conversations';
import { Section } from '../../components/Page';
import { ActionsList } from './ActionsList';
import { AutosaveStatus } from './AutosaveStatus';
import { conversationKey, conversationQuery, saveStudentSummary } from './conversationApi';
import { FeedbackForm } from './FeedbackForm';
import { NotesList } from './NotesList';
import { TextAreaField } from '../../components/TextAreaField';
import { useTextAutosave, type ServerTexts } from './useTextAutosave';

const FIELDS = ['summary'] as const;
const texts = (c: ConversationDetail): ServerTexts => ({ values: { summary: c.studentSummary }, version: c.version });

/** After the talk: what was written down for the student, the actions, their own summary, feedback. */
export function StudentAfterTalk({ conversation }: { conversation: ConversationDetail }) {
  const { t } = useTranslation();
  const text = useDomainText();
  return (
    <div className="stack">
      <Section title={t('conversations.after.actions')} description={<p>{t('conversations.after.actionsIntro')}</p>}>
        <ActionsList actions={conversation.actions} side="student" />
      </Section>
      <SummaryEditor conversation={conversation} />
      <Section title={t('conversations.after.notes')} description={<p>{t('conversations.after.notesIntro', { name: conversation.counsellor.name })}</p>}>
        <NotesList notes={conversation.notes} conversationId={conversation.id} showTier={false} />
      </Section>
      {conversation.topics.length > 0 && (
        <Section title={t('conversations.after.topics')}>
          <ul className="chip-list">
            {conversation.topics.map((topic) => (
              <li key={topic} className="chip">
                {text.competency(topic)}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <FeedbackForm conversationId={conversation.id} given={conversation.feedbackGiven} />
    </div>
  );
}

function SummaryEditor({ conversation }: { conversation: ConversationDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const id = conversation.id;
  const save = useCallback(
    async (values: Record<string, string>, version: number) => {
      const saved = await saveStudentSummary(id, { version, summary: values.summary ?? '' });
      queryClient.setQueryData(conversationKey(id), saved);
      return texts(saved);
    },
    [id, queryClient],
  );
  const reload = useCallback(async () => texts(await queryClient.fetchQuery({ ...conversationQuery(id), staleTime: 0 })), [id, queryClient]);
  const autosave = useTextAutosave({ storageKey: `${id}.summary`, fields: FIELDS, initial: texts(conversation), save, reload });
  return (
    <Section title={t('conversations.after.summary')}>
      <TextAreaField
        label={t('conversations.after.summaryLabel')}
        hint={t('conversations.after.summaryHint')}
        rows={6}
        maxLength={5000}
        value={autosave.values.summary ?? ''}
        onChange={(e) => autosave.change('summary', e.target.value)}
      />
      <AutosaveStatus autosave={autosave} />
    </Section>
  );
}
