import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperienceType, ReflectionTemplate } from '../../../domain/portfolio/templates';
import { useMe } from '../../api/queries';
import { FormError } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Fields';
import { Page, Section } from '../../components/Page';
import { createEvidence } from './portfolioApi';
import { PortfolioTabs } from './PortfolioTabs';
import { EXPERIENCE_TYPES, TEMPLATES, usePortfolioText } from './portfolioTexts';

/** `/portfolio/nieuw`: start a reflection (choose a template) or an experience; it opens as a draft. */
export function NewEvidencePage() {
  const { t } = useTranslation();
  const text = usePortfolioText();
  const me = useMe();
  const navigate = useNavigate();
  const [kind, setKind] = useState<'reflection' | 'experience'>('reflection');
  const [template, setTemplate] = useState<ReflectionTemplate>('starrtt');
  const [experienceType, setExperienceType] = useState<ExperienceType>('bpv');
  const [title, setTitle] = useState('');
  const start = useMutation({
    mutationFn: () => createEvidence(me.id, kind === 'reflection' ? { kind, template, title } : { kind, experienceType, title }),
    onSuccess: (item) => navigate({ to: '/portfolio/bewijs/$evidenceId', params: { evidenceId: item.id } }),
  });

  return (
    <Page title={t('portfolio.new.title')} intro={<p>{t('portfolio.new.intro')}</p>}>
      <PortfolioTabs />
      <Section title={t('portfolio.new.what')}>
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            start.mutate();
          }}
        >
          <fieldset className="field">
            <legend className="field-label">{t('portfolio.new.kind')}</legend>
            {(['reflection', 'experience'] as const).map((k) => (
              <label key={k} className="check">
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`portfolio.evidence.kind.${k}`)}
              </label>
            ))}
          </fieldset>
          {kind === 'reflection' ? (
            <fieldset className="field template-choice">
              <legend className="field-label">{t('portfolio.new.template')}</legend>
              {TEMPLATES.map((tpl) => (
                <label key={tpl.code} className="check template-option">
                  <input type="radio" name="template" value={tpl.code} checked={template === tpl.code} onChange={() => setTemplate(tpl.code)} />{' '}
                  <span>
                    <strong>{text.pick(tpl.title)}</strong> — {text.pick(tpl.description)}
                  </span>
                </label>
              ))}
            </fieldset>
          ) : (
            <SelectField label={t('portfolio.new.experienceType')} value={experienceType} onChange={(e) => setExperienceType(e.target.value as ExperienceType)}>
              {EXPERIENCE_TYPES.map((x) => (
                <option key={x} value={x}>
                  {text.experience(x)}
                </option>
              ))}
            </SelectField>
          )}
          <TextField label={t('portfolio.evidence.titleLabel')} optional maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
          <FormError error={start.error} />
          <button type="submit" className="button" disabled={start.isPending}>
            {t('portfolio.new.start')}
          </button>
        </form>
      </Section>
    </Page>
  );
}
