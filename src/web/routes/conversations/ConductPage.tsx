import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationDetail } from '../../../shared/conversations';
import { useMe } from '../../api/queries';
import { SelectField } from '../../components/Fields';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/States';
import { ForbiddenPage } from '../NotFoundPage';
import { conversationQuery } from './conversationApi';
import { COMPETENCY_CODES, PHASES, PHASE_CODES, useDomainText, type CompetencyCode, type PhaseCode } from './domainTexts';
import { FullscreenButton } from './FullscreenButton';
import { NotesList } from './NotesList';
import { conversationPaths } from './paths';
import { PhaseNav } from './PhaseNav';
import { PhaseSteps } from './PhaseSteps';
import { QuestionPrompts } from './QuestionPrompts';
import { QuickCapture } from './QuickCapture';
import { TipsPanel } from './TipsPanel';

/** Conduct mode: a calm guide through the four phases while the talk is going on. */
export function ConductPage({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const query = useQuery(conversationQuery(conversationId));
  const root = useRef<HTMLDivElement>(null);
  const title = query.data ? t('conversations.conduct.title', { name: query.data.student.name }) : t('conversations.conduct.titlePlain');
  if (query.data && query.data.counsellor.id !== me.id) return <ForbiddenPage />;
  return (
    <div className="conduct" ref={root}>
      <Page
        title={title}
        actions={
          query.data && (
            <>
              <FullscreenButton target={root} />
              <Link to={conversationPaths.detail(conversationId)} className="button button-secondary">
                {t('conversations.conduct.exit')}
              </Link>
            </>
          )
        }
      >
        <QueryState query={query} loadingLabel={t('conversations.detail.loading')}>
          {(conversation) => <ConductGuide conversation={conversation} />}
        </QueryState>
      </Page>
    </div>
  );
}

const storageKey = (id: string) => `koers.conduct.${id}`;

function readPhase(id: string): PhaseCode {
  try {
    const stored = sessionStorage.getItem(storageKey(id));
    return (PHASE_CODES as readonly string[]).includes(stored ?? '') ? (stored as PhaseCode) : 'terugblikken';
  } catch {
    return 'terugblikken';
  }
}

function ConductGuide({ conversation: c }: { conversation: ConversationDetail }) {
  const { t } = useTranslation();
  const text = useDomainText();
  // Where the talk is survives a reload of the page, not a new session.
  const [phase, setPhase] = useState<PhaseCode>(() => readPhase(c.id));
  const [competency, setCompetency] = useState<CompetencyCode | null>(null);
  const [drafts, setDrafts] = useState<Partial<Record<PhaseCode, string>>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const moved = useRef(false);
  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey(c.id), phase);
    } catch {
      // ignore
    }
    if (moved.current) heading.current?.focus();
  }, [phase, c.id]);

  const definition = PHASES.find((p) => p.code === phase) ?? PHASES[0];
  const phaseNotes = c.notes.filter((n) => n.phase === phase);
  const counts = Object.fromEntries(PHASE_CODES.map((code) => [code, c.notes.filter((n) => n.phase === code).length])) as Record<PhaseCode, number>;
  const go = (next: PhaseCode) => {
    moved.current = true;
    setPhase(next);
  };
  if (!definition) return null;

  return (
    <>
      <PhaseSteps current={phase} counts={counts} />
      <div className="conduct-layout">
        <div className="conduct-main">
          {c.agenda.trim() && (
            <details className="conduct-agenda" open>
              <summary>{t('conversations.conduct.agenda', { name: c.student.name })}</summary>
              <p className="prewrap">{c.agenda}</p>
              {c.experience.trim() && (
                <>
                  <h3>{t('conversations.prep.experience')}</h3>
                  <p className="prewrap">{c.experience}</p>
                </>
              )}
            </details>
          )}
          <section className="phase-panel" aria-labelledby={headingId}>
            <h2 id={headingId} ref={heading} tabIndex={-1}>
              {t('conversations.conduct.phaseHeading', { number: definition.order, title: text.pick(definition.title) })}
            </h2>
            <p className="phase-purpose">{text.pick(definition.purpose)}</p>
            <SelectField
              label={t('conversations.conduct.competency')}
              className="competency-filter"
              value={competency ?? ''}
              onChange={(e) => setCompetency((e.target.value || null) as CompetencyCode | null)}
            >
              <option value="">{t('conversations.conduct.allCompetencies')}</option>
              {COMPETENCY_CODES.map((code) => (
                <option key={code} value={code}>
                  {text.competency(code)}
                </option>
              ))}
            </SelectField>
            <QuestionPrompts key={`${phase}-${competency ?? ''}`} phase={phase} competency={competency} intake={c.type === 'intake'} />
            <QuickCapture
              conversationId={c.id}
              phase={phase}
              phaseTitle={text.pick(definition.title)}
              competency={competency}
              draft={drafts[phase] ?? ''}
              onDraft={(value) => setDrafts((d) => ({ ...d, [phase]: value }))}
            />
            <div className="phase-notes">
              <h3>{t('conversations.conduct.capturedTitle')}</h3>
              <NotesList notes={phaseNotes} conversationId={c.id} />
            </div>
          </section>
          <PhaseNav key={phase} phase={phase} keyPoints={phaseNotes.length} onGo={go} closeTo={conversationPaths.close(c.id)} />
        </div>
        <TipsPanel />
      </div>
    </>
  );
}
