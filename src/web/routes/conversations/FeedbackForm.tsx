import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_TOPICS, type Feedback } from '../../../shared/conversations';
import { FormError } from '../../components/Feedback';
import { Section } from '../../components/Page';
import { conversationKey, sendFeedback } from './conversationApi';
import {
  FEEDBACK_QUESTIONS,
  FEEDBACK_TOPIC_LABELS,
  HELPING_VS_REFLECTIVE_LABELS,
  HELPING_VS_REFLECTIVE_POINTS,
  useDomainText,
  WHOSE_AGENDA_LABELS,
  WHOSE_AGENDA_OPTIONS,
} from './domainTexts';
import { TextAreaField } from '../../components/TextAreaField';

/**
 * Three short questions after the talk, once; the counsellor only ever sees averages over at
 * least five answers. Questions and options are the domain's, so the aggregates speak the same.
 */
export function FeedbackForm({ conversationId, given }: { conversationId: string; given: boolean }) {
  const { t } = useTranslation();
  const text = useDomainText();
  const id = useId();
  const queryClient = useQueryClient();
  const [whoseAgenda, setWhoseAgenda] = useState<Feedback['whoseAgenda'] | null>(null);
  const [scale, setScale] = useState<number | null>(null);
  const [topics, setTopics] = useState<Feedback['topics']>([]);
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const done = useRef<HTMLParagraphElement>(null);
  const mutation = useMutation({
    mutationFn: (body: Feedback) => sendFeedback(conversationId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conversationKey(conversationId) }),
  });
  // The form is replaced by the thanks: keyboard focus goes there instead of getting lost.
  useEffect(() => {
    if (mutation.isSuccess) done.current?.focus();
  }, [mutation.isSuccess]);

  // Stays mounted after sending, so the thanks survive the refetch that follows.
  if (mutation.isSuccess || given) {
    return (
      <Section title={t('conversations.feedback.title')}>
        <p role="status" tabIndex={-1} ref={done} className="feedback-done">
          {mutation.isSuccess ? t('conversations.feedback.thanks') : t('conversations.feedback.given')}
        </p>
      </Section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!whoseAgenda || !scale) return;
    mutation.mutate({ whoseAgenda, helpingVsReflective: scale, topics, comment: comment.trim() });
  };
  const toggleTopic = (topic: Feedback['topics'][number], on: boolean) =>
    setTopics((current) => (on ? [...current, topic] : current.filter((x) => x !== topic)));
  const required = (
    <p className="field-error" role="alert">
      {t('conversations.feedback.required')}
    </p>
  );

  return (
    <Section title={t('conversations.feedback.title')} description={<p>{t('conversations.feedback.intro')}</p>}>
      <form className="form feedback-form" onSubmit={submit} noValidate>
        <fieldset className="field choice-group">
          <legend className="field-label">{text.pick(FEEDBACK_QUESTIONS.whoseAgenda)}</legend>
          {WHOSE_AGENDA_OPTIONS.map((value) => (
            <div className="choice" key={value}>
              <input type="radio" id={`${id}-a-${value}`} name={`${id}-agenda`} checked={whoseAgenda === value} onChange={() => setWhoseAgenda(value)} />
              <label htmlFor={`${id}-a-${value}`}>{text.pick(WHOSE_AGENDA_LABELS[value])}</label>
            </div>
          ))}
          {tried && !whoseAgenda && required}
        </fieldset>

        <fieldset className="field scale-group" aria-describedby={`${id}-ends`}>
          <legend className="field-label">{text.pick(FEEDBACK_QUESTIONS.helpingVsReflective)}</legend>
          <p className="scale-ends" id={`${id}-ends`}>
            <span>1: {text.pick(HELPING_VS_REFLECTIVE_LABELS[1])}</span>
            <span>5: {text.pick(HELPING_VS_REFLECTIVE_LABELS[5])}</span>
          </p>
          <div className="scale-options">
            {HELPING_VS_REFLECTIVE_POINTS.map((value) => (
              <div className="scale-option" key={value}>
                <input type="radio" id={`${id}-s-${value}`} name={`${id}-scale`} checked={scale === value} onChange={() => setScale(value)} />
                <label htmlFor={`${id}-s-${value}`}>
                  {value}
                  <span className="visually-hidden">: {text.pick(HELPING_VS_REFLECTIVE_LABELS[value])}</span>
                </label>
              </div>
            ))}
          </div>
          {tried && !scale && required}
        </fieldset>

        <fieldset className="field choice-group">
          <legend className="field-label">{text.pick(FEEDBACK_QUESTIONS.topics)}</legend>
          {FEEDBACK_TOPICS.map((topic) => (
            <div className="choice" key={topic}>
              <input type="checkbox" id={`${id}-t-${topic}`} checked={topics.includes(topic)} onChange={(e) => toggleTopic(topic, e.target.checked)} />
              <label htmlFor={`${id}-t-${topic}`}>{text.pick(FEEDBACK_TOPIC_LABELS[topic])}</label>
            </div>
          ))}
        </fieldset>

        <TextAreaField label={text.pick(FEEDBACK_QUESTIONS.comment)} rows={3} maxLength={500} value={comment} onChange={(e) => setComment(e.target.value)} />
        <FormError error={mutation.error} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={mutation.isPending}>
            {t('conversations.feedback.submit')}
          </button>
        </div>
        <p className="note">{t('conversations.feedback.privacy')}</p>
      </form>
    </Section>
  );
}
