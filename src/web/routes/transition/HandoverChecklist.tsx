import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IntakeRecord } from '../../../shared/intake';
import { FormError } from '../../components/Feedback';
import { Section } from '../../components/Page';
import { formatDate } from '../../lib/format';
import { intakeKey, tickHandover } from './intakeApi';

/** The warm-handover checklist: who ticked what, and when. */
export function HandoverChecklist({ studentId, intake, canEdit }: { studentId: string; intake: IntakeRecord; canEdit: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const tick = useMutation({
    mutationFn: (v: { code: string; done: boolean }) => tickHandover(studentId, v.code, v.done),
    onSuccess: (data) => client.setQueryData(intakeKey(studentId), data),
  });
  const done = intake.handover.filter((h) => h.done).length;
  return (
    <Section title={t('transition.handover.title')}>
      <p className="note">{t('transition.handover.progress', { done, total: intake.handover.length })}</p>
      <ul className="handover-list">
        {intake.handover.map((h) => (
          <li key={h.code}>
            <label className="checkbox">
              <input type="checkbox" checked={h.done} disabled={!canEdit || tick.isPending} onChange={(e) => tick.mutate({ code: h.code, done: e.target.checked })} />
              <span>{h.text}</span>
            </label>
            {h.done && h.doneBy && h.doneAt && <span className="note"> {t('transition.handover.by', { name: h.doneBy.name, date: formatDate(h.doneAt) })}</span>}
          </li>
        ))}
      </ul>
      {tick.error && <FormError error={tick.error} />}
    </Section>
  );
}
