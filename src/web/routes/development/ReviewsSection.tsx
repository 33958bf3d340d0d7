import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Fields';
import { Section } from '../../components/Page';
import { formatDate, today } from '../../lib/format';
import { addReview, writeReviewNotes, type Development, type ReviewView } from './developmentApi';
import { TextArea } from './TextArea';

/** One side's notes: the reader writes their own, reads the other's. */
function ReviewItem({ review, data }: { review: ReviewView; data: Development }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mine = data.reader === 'self' ? review.counsellorNotes : review.leaderNotes;
  const theirs = data.reader === 'self' ? review.leaderNotes : review.counsellorNotes;
  const [notes, setNotes] = useState(mine);
  const [saved, setSaved] = useState('');
  const save = useMutation({
    mutationFn: () => writeReviewNotes(review.id, notes),
    onSuccess: async () => {
      setSaved(t('development.reviews.saved'));
      await queryClient.invalidateQueries({ queryKey: ['development'] });
    },
  });
  return (
    <li className="card dev-review">
      <h3>{t('development.reviews.heldOn', { date: formatDate(review.heldOn), name: review.leader.name })}</h3>
      <p className="field-label">{data.reader === 'self' ? t('development.reviews.leaderNotes') : t('development.reviews.counsellorNotes')}</p>
      <p className="dev-notes">{theirs || t('development.reviews.empty')}</p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          setSaved('');
          save.mutate();
        }}
      >
        <TextArea label={t('development.reviews.myNotes')} value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={10000} />
        <FormError error={save.error} />
        <StatusMessage>{saved}</StatusMessage>
        <button type="submit" className="button button-secondary" disabled={save.isPending}>
          {t('development.reviews.saveNotes')}
        </button>
      </form>
    </li>
  );
}

function NewReview({ data }: { data: Development }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [heldOn, setHeldOn] = useState(today());
  const [notes, setNotes] = useState('');
  const save = useMutation({
    mutationFn: () => addReview(data.counsellor.id, { heldOn, leaderNotes: notes }),
    onSuccess: async () => {
      setNotes('');
      await queryClient.invalidateQueries({ queryKey: ['development', data.counsellor.id] });
    },
  });
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <TextField label={t('development.reviews.date')} type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} required className="field-short" />
      <TextArea label={t('development.reviews.leaderNotes')} value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={10000} />
      <FormError error={save.error} />
      <button type="submit" className="button" disabled={save.isPending}>
        {t('development.reviews.add')}
      </button>
    </form>
  );
}

export function ReviewsSection({ data }: { data: Development }) {
  const { t } = useTranslation();
  return (
    <Section title={t('development.reviews.title')} description={<p>{t('development.reviews.intro')}</p>}>
      {data.reader === 'leader' && <NewReview data={data} />}
      {data.reviews.length === 0 ? (
        <p className="muted">{t('development.reviews.none')}</p>
      ) : (
        <ul className="plain-list">
          {data.reviews.map((review) => (
            <ReviewItem key={`${review.id}-${review.updatedAt}`} review={review} data={data} />
          ))}
        </ul>
      )}
    </Section>
  );
}
