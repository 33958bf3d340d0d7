import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceQuery, GoalView } from '../../../shared/portfolio';
import { SelectField } from '../../components/Fields';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { formatDate } from '../../lib/format';
import { evidenceQuery } from './portfolioApi';
import { COMPETENCY_CODES, usePortfolioText, type CompetencyCode } from './portfolioTexts';

/** The evidence of a student, filterable by kind, competency and goal; each item opens its page. */
export function EvidenceList({ studentId, goals, owner }: { studentId: string; goals: GoalView[]; owner: boolean }) {
  const { t } = useTranslation();
  const text = usePortfolioText();
  const [filter, setFilter] = useState<EvidenceQuery>({});
  const list = useQuery(evidenceQuery(studentId, filter));
  const set = (key: keyof EvidenceQuery, value: string) => setFilter((f) => ({ ...f, [key]: value || undefined }));

  return (
    <div className="stack">
      <div className="evidence-filters">
        <SelectField label={t('portfolio.evidence.filterKind')} value={filter.kind ?? ''} onChange={(e) => set('kind', e.target.value)}>
          <option value="">{t('portfolio.evidence.all')}</option>
          {(['reflection', 'experience', 'file'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`portfolio.evidence.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('portfolio.evidence.filterCompetency')} value={filter.competency ?? ''} onChange={(e) => set('competency', e.target.value)}>
          <option value="">{t('portfolio.evidence.all')}</option>
          {COMPETENCY_CODES.map((c) => (
            <option key={c} value={c}>
              {text.competency(c)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('portfolio.evidence.filterGoal')} value={filter.goal ?? ''} onChange={(e) => set('goal', e.target.value)}>
          <option value="">{t('portfolio.evidence.all')}</option>
          {goals.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title}
            </option>
          ))}
        </SelectField>
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('portfolio.evidence.empty')}>{owner && <p>{t('portfolio.evidence.emptyHint')}</p>}</EmptyState>
      ) : (
        <ul className="evidence-list">
          {list.data.items.map((item) => (
            <li key={item.id} className="evidence-item">
              <Link to="/portfolio/bewijs/$evidenceId" params={{ evidenceId: item.id }}>
                {item.title || t('portfolio.evidence.untitled')}
              </Link>
              <span className="muted">
                {' '}
                · {item.kind === 'reflection' && item.template ? text.template(item.template) : item.kind === 'experience' && item.experienceType ? text.experience(item.experienceType) : t(`portfolio.evidence.kind.${item.kind}`)}
                {' · '}
                {formatDate(item.happenedOn ?? item.updatedAt)}
                {item.status === 'draft' && ` · ${t('portfolio.evidence.draft')}`}
                {owner && !item.forGuidance && ` · ${t('portfolio.evidence.private')}`}
                {item.feedbackCount > 0 && ` · ${t('portfolio.evidence.feedbackCount', { count: item.feedbackCount })}`}
              </span>
              {item.competencies.length > 0 && <span className="tags">{item.competencies.map((c) => <span key={c} className="tag">{text.competency(c as CompetencyCode)}</span>)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
