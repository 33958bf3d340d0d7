import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/client';
import { FormError, StatusMessage } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Fields';
import { Section } from '../../components/Page';
import { LoadMore } from '../../components/Table';
import { formatDate, formatNumber } from '../../lib/format';
import { CompetencyChoice, CompetencyTags } from './CompetencyChoice';
import { addActivity, moreActivities, ownDevelopmentKey, removeActivity, type ActivityView, type Development, type SlbCompetency } from './developmentApi';
import { TextArea } from './TextArea';

function ActivityForm({ data }: { data: Development }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ActivityView['kind']>('training');
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [hours, setHours] = useState('');
  const [competencies, setCompetencies] = useState<SlbCompetency[]>([]);
  const [reflection, setReflection] = useState('');
  const [saved, setSaved] = useState('');
  const save = useMutation({
    mutationFn: () => addActivity({ kind, title, heldOn, hours: hours ? Number(hours.replace(',', '.')) : null, competencies, reflection }),
    onSuccess: async () => {
      setTitle('');
      setHeldOn('');
      setHours('');
      setCompetencies([]);
      setReflection('');
      setSaved(t('development.log.saved'));
      await queryClient.invalidateQueries({ queryKey: ownDevelopmentKey });
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <details className="details">
      <summary>{t('development.log.add')}</summary>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          setSaved('');
          save.mutate();
        }}
      >
        <SelectField label={t('development.log.kind')} value={kind} onChange={(e) => setKind(e.target.value === 'intervisie' ? 'intervisie' : 'training')}>
          <option value="training">{t('development.log.kinds.training')}</option>
          <option value="intervisie">{t('development.log.kinds.intervisie')}</option>
        </SelectField>
        <TextField label={t('development.log.titleField')} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} error={errors.title} />
        <div className="form-row">
          <TextField label={t('development.log.heldOn')} type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} required error={errors.heldOn} className="field-short" />
          <TextField label={t('development.log.hours')} inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} optional error={errors.hours} className="field-short" />
        </div>
        <CompetencyChoice meetlat={data.meetlat} value={competencies} onChange={setCompetencies} legend={t('development.log.competencies')} />
        <TextArea label={t('development.log.reflection')} hint={t('development.log.reflectionHint')} value={reflection} onChange={(e) => setReflection(e.target.value)} optional maxLength={4000} />
        <FormError error={save.error} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('development.log.save')}
          </button>
        </div>
      </form>
      <StatusMessage>{saved}</StatusMessage>
    </details>
  );
}

export function LogSection({ data }: { data: Development }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const own = data.reader === 'self';
  const [extra, setExtra] = useState<ActivityView[]>([]);
  const [cursor, setCursor] = useState<string | null>(data.activities.nextCursor);
  const more = useMutation({
    mutationFn: (from: string) => moreActivities(own ? null : data.counsellor.id, from),
    onSuccess: (page) => {
      setExtra((list) => [...list, ...page.items]);
      setCursor(page.nextCursor);
    },
  });
  const remove = useMutation({
    mutationFn: removeActivity,
    onSuccess: async (_result, id) => {
      setExtra((list) => list.filter((a) => a.id !== id));
      await queryClient.invalidateQueries({ queryKey: ownDevelopmentKey });
    },
  });
  const items = [...data.activities.items, ...extra.filter((a) => !data.activities.items.some((b) => b.id === a.id))];
  return (
    <Section title={t('development.log.title')} description={<p>{t('development.log.intro')}</p>}>
      {own && <ActivityForm data={data} />}
      {items.length === 0 ? (
        <p className="muted">{t('development.log.none')}</p>
      ) : (
        <ul className="plain-list dev-log">
          {items.map((a) => (
            <li key={a.id} className="dev-log-item">
              <p>
                <strong>{a.title}</strong> · {t(`development.log.kinds.${a.kind}`)} · {formatDate(a.heldOn)}
                {a.hours !== null && <> · {t('development.log.hoursValue', { hours: formatNumber(a.hours) })}</>}
              </p>
              <CompetencyTags meetlat={data.meetlat} codes={a.competencies} />
              {a.reflection && <p className="muted">{a.reflection}</p>}
              {own && (
                <button type="button" className="button button-small button-secondary" onClick={() => remove.mutate(a.id)} disabled={remove.isPending}>
                  {t('development.log.remove')}
                  <span className="visually-hidden"> {a.title}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormError error={remove.error ?? more.error} />
      <LoadMore hasMore={cursor !== null} loading={more.isPending} shown={items.length} onLoad={() => cursor && more.mutate(cursor)} />
    </Section>
  );
}
