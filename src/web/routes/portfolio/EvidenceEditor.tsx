import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceDetail, EvidenceUpdate } from '../../../shared/portfolio';
import { fieldErrors, isApiError } from '../../api/client';
import { CheckboxField, TextField } from '../../components/Fields';
import { FormError } from '../../components/Feedback';
import { Section } from '../../components/Page';
import { TextAreaField } from '../../components/TextAreaField';
import { AutosaveStatus } from '../conversations/AutosaveStatus';
import { useTextAutosave, type ServerTexts } from '../conversations/useTextAutosave';
import { goalsQuery, itemQuery, portfolioKeys, updateEvidence } from './portfolioApi';
import { COMPETENCY_CODES, fieldsFor, usePortfolioText, type CompetencyCode } from './portfolioTexts';

/**
 * Writing a reflection or experience: every field autosaves (with the version last seen, and a
 * copy on this device) through the same hook as conversation texts; tags and "for guidance" save
 * on change; finishing checks the required fields on the server.
 */
export function EvidenceEditor({ item }: { item: EvidenceDetail }) {
  const { t } = useTranslation();
  const text = usePortfolioText();
  const queryClient = useQueryClient();
  const fields = useMemo(() => fieldsFor(item.kind, item.template), [item.kind, item.template]);
  const codes = useMemo(() => ['title', ...fields.map((f) => f.code)], [fields]);
  const texts = useCallback((e: EvidenceDetail): ServerTexts => ({ values: { title: e.title, ...Object.fromEntries(fields.map((f) => [f.code, e.body[f.code] ?? ''])) }, version: e.version }), [fields]);
  const goals = useQuery(goalsQuery(item.studentId));
  const changeKey = useMemo(() => ['portfolio', 'evidence-change', item.id], [item.id]);

  const save = useCallback(
    async (values: Record<string, string>, version: number) => {
      const { title, ...body } = values;
      const saved = await updateEvidence(item.id, { version, title: title ?? '', body });
      // A tag, link or status change may be on its way, already shown (see `change`): the text
      // save's answer may not undo it; the change's own answer brings the full state.
      const changing = queryClient.isMutating({ mutationKey: changeKey }) > 0;
      queryClient.setQueryData<EvidenceDetail>(portfolioKeys.item(item.id), (prev) =>
        changing && prev ? { ...prev, title: saved.title, body: saved.body, version: saved.version } : saved,
      );
      return texts(saved);
    },
    [item.id, queryClient, texts, changeKey],
  );
  const reload = useCallback(async () => texts(await queryClient.fetchQuery({ ...itemQuery(item.id), staleTime: 0 })), [item.id, queryClient, texts]);
  const autosave = useTextAutosave({ storageKey: `portfolio.${item.id}`, fields: codes, initial: texts(item), save, reload });

  // Tags, visibility and status: small changes sent at once with the latest version.
  const change = useMutation({
    mutationKey: changeKey,
    mutationFn: async (patch: Omit<EvidenceUpdate, 'version'>) => {
      const latest = queryClient.getQueryData<EvidenceDetail>(portfolioKeys.item(item.id)) ?? item;
      try {
        return await updateEvidence(item.id, { version: latest.version, ...patch });
      } catch (cause) {
        // The text autosave moved the version meanwhile: these fields are not text, so try once more on the newest.
        if (!isApiError(cause, 'conversation_changed')) throw cause;
        const fresh = await queryClient.fetchQuery({ ...itemQuery(item.id), staleTime: 0 });
        return updateEvidence(item.id, { version: fresh.version, ...patch });
      }
    },
    // Checkboxes answer at once; the server's answer (or the old state, on an error) follows.
    onMutate: (patch) => {
      const before = queryClient.getQueryData<EvidenceDetail>(portfolioKeys.item(item.id));
      if (before) queryClient.setQueryData(portfolioKeys.item(item.id), { ...before, ...patch });
      return { before };
    },
    onError: (_error, _patch, context) => {
      if (context?.before) queryClient.setQueryData(portfolioKeys.item(item.id), context.before);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(portfolioKeys.item(item.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['portfolio', 'evidence'] });
      void queryClient.invalidateQueries({ queryKey: ['portfolio', 'goals'] });
    },
  });
  // The page's query holds the newest state; saves write into it.
  const current = item;
  const errors = fieldErrors(change.error);
  const toggle = <T extends string>(list: T[], value: T) => (list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);

  return (
    <div className="stack">
      <Section title={item.kind === 'reflection' && item.template ? text.template(item.template) : t(`portfolio.evidence.kind.${item.kind}`)}>
        <TextField label={t('portfolio.evidence.titleLabel')} maxLength={300} value={autosave.values.title ?? ''} error={errors.title} onChange={(e) => autosave.change('title', e.target.value)} />
        {fields.map((f) => (
          <TextAreaField
            key={f.code}
            label={text.pick(f.label)}
            hint={text.pick(f.question)}
            optional={!f.required}
            rows={4}
            maxLength={10000}
            value={autosave.values[f.code] ?? ''}
            error={errors[`body.${f.code}`]}
            onChange={(e) => autosave.change(f.code, e.target.value)}
          />
        ))}
        <AutosaveStatus autosave={autosave} />
      </Section>
      <Section title={t('portfolio.evidence.tags')}>
        <fieldset className="field competency-choice">
          <legend className="field-label">{t('portfolio.goal.competencies')}</legend>
          {COMPETENCY_CODES.map((code) => (
            <label key={code} className="check">
              <input type="checkbox" checked={current.competencies.includes(code)} onChange={() => change.mutate({ competencies: toggle<CompetencyCode>(current.competencies, code) })} /> {text.competency(code)}
            </label>
          ))}
        </fieldset>
        <fieldset className="field goal-choice">
          <legend className="field-label">{t('portfolio.evidence.goals')}</legend>
          {(goals.data?.items ?? []).length === 0 && <p className="muted">{t('portfolio.evidence.noGoals')}</p>}
          {(goals.data?.items ?? []).map((g) => (
            <label key={g.id} className="check">
              <input type="checkbox" checked={current.goalIds.includes(g.id)} onChange={() => change.mutate({ goalIds: toggle(current.goalIds, g.id) })} /> {g.title}
            </label>
          ))}
        </fieldset>
        <CheckboxField label={t('portfolio.evidence.forGuidance')} hint={t('portfolio.evidence.forGuidanceHint')} checked={current.forGuidance} onChange={(e) => change.mutate({ forGuidance: e.target.checked })} />
      </Section>
      <div className="button-row">
        {current.status === 'draft' ? (
          <button type="button" className="button" disabled={change.isPending || (autosave.status !== 'idle' && autosave.status !== 'saved')} onClick={() => change.mutate({ status: 'final' })}>
            {t('portfolio.evidence.finish')}
          </button>
        ) : (
          <>
            <p className="notice notice-success" role="status">
              {t('portfolio.evidence.finished')}
            </p>
            <button type="button" className="button button-secondary" onClick={() => change.mutate({ status: 'draft' })}>
              {t('portfolio.evidence.reopen')}
            </button>
          </>
        )}
      </div>
      <FormError error={change.error} />
    </div>
  );
}
