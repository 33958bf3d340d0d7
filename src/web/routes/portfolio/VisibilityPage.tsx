import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../../shared/showcase';
import { FormError, StatusMessage } from '../../components/Feedback';
import { CheckboxField } from '../../components/Fields';
import { Page, Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { getVisibility, saveVisibility, showcaseKeys } from './ShowcaseApi';

/** The student decides what their guidance team sees: the plan, and each piece of evidence. */
export function VisibilityPage() {
  const { t } = useTranslation();
  const visibility = useQuery({ queryKey: showcaseKeys.visibility, queryFn: getVisibility });
  return (
    <Page
      title={t('showcase.visibility.title')}
      intro={
        <>
          <p>{t('showcase.visibility.intro')}</p>
          <p>
            <Link to="/portfolio/showcase">{t('showcase.editor.back')}</Link>
          </p>
        </>
      }
    >
      <QueryState query={visibility}>{(data) => <VisibilityForm key={JSON.stringify(data)} initial={data} />}</QueryState>
    </Page>
  );
}

function VisibilityForm({ initial }: { initial: Visibility }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [plan, setPlan] = useState(initial.planForGuidance);
  const [marks, setMarks] = useState(() => new Map(initial.evidence.map((e) => [e.id, e.forGuidance])));
  const save = useMutation({
    mutationFn: () => saveVisibility({ planForGuidance: plan, evidence: [...marks].map(([id, forGuidance]) => ({ id, forGuidance })) }),
    onSuccess: (data) => queryClient.setQueryData(showcaseKeys.visibility, data),
  });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Section title={t('showcase.visibility.plan')}>
        <CheckboxField label={t('showcase.visibility.planLabel')} hint={t('showcase.visibility.planHint')} checked={plan} onChange={(e) => setPlan(e.target.checked)} />
      </Section>
      <Section title={t('showcase.visibility.evidence')} description={t('showcase.visibility.evidenceHint')}>
        {initial.evidence.length === 0 ? (
          <EmptyState title={t('showcase.visibility.noEvidence')} />
        ) : (
          <fieldset className="showcase-marks">
            <legend className="visually-hidden">{t('showcase.visibility.evidence')}</legend>
            {initial.evidence.map((e) => (
              <CheckboxField
                key={e.id}
                label={`${e.title || t(`showcase.kind.${e.kind}`, { defaultValue: e.kind })} (${t(`showcase.kind.${e.kind}`, { defaultValue: e.kind })})`}
                checked={marks.get(e.id) ?? false}
                onChange={(event) => setMarks(new Map(marks).set(e.id, event.target.checked))}
              />
            ))}
          </fieldset>
        )}
      </Section>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('showcase.visibility.save')}
        </button>
      </div>
      <FormError error={save.error} />
      <StatusMessage>{save.isSuccess ? t('showcase.visibility.saved') : null}</StatusMessage>
    </form>
  );
}
