import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdviceOutcome, BsaAdviceInput, BsaProgress } from '../../../shared/study-progress';
import { api } from '../../api/client';
import { useMe } from '../../api/queries';
import { FormError, StatusMessage } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Fields';
import { Page, Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { TextAreaField } from '../../components/TextAreaField';
import { formatDate } from '../../lib/format';
import { BsaProgressBar, bsaQuery } from './BsaProgressBar';
import { ExitSection } from './ExitForm';

const OUTCOMES: Record<'provisional' | 'final', AdviceOutcome[]> = { provisional: ['warning', 'on_track'], final: ['positive', 'negative', 'postponed'] };

/** One student's study progress for their counsellor or an admin: progress, advice, switch or dropout. */
export function BsaStudentPage({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const query = useQuery(bsaQuery(studentId));
  return (
    <Page title={t('study-progress.student.title')} intro={<p>{t('study-progress.student.intro')}</p>}>
      <div className="stack">
        <QueryState query={query}>
          {(years) =>
            years.length === 0 ? (
              <EmptyState title={t('study-progress.student.empty')} />
            ) : (
              <>
                {years.map((p) => (
                  <Section key={p.programmeId} title={`${p.programme} · ${p.schoolYear}`}>
                    <BsaProgressBar progress={p} />
                    {p.advices.length > 0 && (
                      <ul className="plain-list">
                        {p.advices.map((a) => (
                          <li key={a.kind}>
                            <strong>{t(`study-progress.advice.kind.${a.kind}`)}</strong>: {t(`study-progress.advice.outcome.${a.outcome}`)} · {formatDate(a.decidedOn)} · {a.decidedBy}
                            {a.note && <><br />{a.note}</>}
                          </li>
                        ))}
                      </ul>
                    )}
                    {p.norm && <AdviceForm studentId={studentId} progress={p} />}
                  </Section>
                ))}
              </>
            )
          }
        </QueryState>
        {(me.role === 'counsellor' || me.role === 'admin') && <ExitSection studentId={studentId} />}
      </div>
    </Page>
  );
}

function AdviceForm({ studentId, progress }: { studentId: string; progress: BsaProgress }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [kind, setKind] = useState<'provisional' | 'final'>(progress.advices.some((a) => a.kind === 'provisional') ? 'final' : 'provisional');
  const [outcome, setOutcome] = useState<AdviceOutcome>(OUTCOMES[kind][0] ?? 'warning');
  const [decidedOn, setDecidedOn] = useState(new Date().toISOString().slice(0, 10));
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: (body: BsaAdviceInput) => api<BsaProgress[]>(`/students/${studentId}/bsa/advice`, { method: 'PUT', json: body }),
    onSuccess: (data) => client.setQueryData(['bsa', studentId], data),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ programmeId: progress.programmeId, kind, outcome, decidedOn, note });
  };
  const id = `advice-${progress.programmeId}`;
  return (
    <form className="form" onSubmit={submit} aria-labelledby={id}>
      <h3 id={id}>{t('study-progress.advice.title')}</h3>
      <SelectField
        label={t('study-progress.advice.kindLabel')}
        value={kind}
        onChange={(e) => {
          const next = e.target.value as 'provisional' | 'final';
          setKind(next);
          setOutcome(OUTCOMES[next][0] ?? 'warning');
        }}
      >
        <option value="provisional">{t('study-progress.advice.kind.provisional')}</option>
        <option value="final">{t('study-progress.advice.kind.final')}</option>
      </SelectField>
      <SelectField label={t('study-progress.advice.outcomeLabel')} value={outcome} onChange={(e) => setOutcome(e.target.value as AdviceOutcome)}>
        {OUTCOMES[kind].map((o) => (
          <option key={o} value={o}>
            {t(`study-progress.advice.outcome.${o}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('study-progress.advice.date')} type="date" required value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />
      <TextAreaField label={t('study-progress.advice.note')} optional value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('study-progress.advice.save')}
        </button>
      </div>
      <FormError error={save.error} />
      <StatusMessage>{save.isSuccess ? t('study-progress.advice.saved') : null}</StatusMessage>
    </form>
  );
}
