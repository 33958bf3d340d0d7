import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, ItemRef, OwnPageView } from '../../../shared/showcase';
import { FormError, StatusMessage } from '../../components/Feedback';
import { CheckboxField, TextField } from '../../components/Fields';
import { Page, Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { TextAreaField } from '../../components/TextAreaField';
import { SharedPageContent } from '../shared-page/SharedPageContent';
import { SharePanel } from './SharePanel';
import { deletePage, getPage, listCandidates, pagePdfHref, savePage, showcaseKeys } from './ShowcaseApi';

const refKey = (r: ItemRef) => ('evidenceId' in r ? `e:${r.evidenceId}` : `g:${r.goalId}`);

/** Composing one page: title, intro, chart, which items in which order; then sharing it. */
export function ShowcaseEditorPage({ pageId }: { pageId: string }) {
  const page = useQuery({ queryKey: showcaseKeys.page(pageId), queryFn: () => getPage(pageId) });
  return (
    <QueryState query={page}>
      {(data) => <Editor key={data.id} page={data} />}
    </QueryState>
  );
}

function Editor({ page }: { page: OwnPageView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const candidates = useQuery({ queryKey: showcaseKeys.candidates, queryFn: listCandidates });
  const [title, setTitle] = useState(page.title);
  const [intro, setIntro] = useState(page.intro);
  const [chart, setChart] = useState(page.showCompetencyChart);
  const [refs, setRefs] = useState<ItemRef[]>(page.refs);
  const [saved, setSaved] = useState(false);
  useEffect(() => setSaved(false), [title, intro, chart, refs]);

  const save = useMutation({
    mutationFn: () => savePage(page.id, { title, intro, showCompetencyChart: chart, items: refs, version: page.version }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(showcaseKeys.page(page.id), updated);
      await queryClient.invalidateQueries({ queryKey: showcaseKeys.pages });
      setSaved(true);
    },
  });
  const remove = useMutation({
    mutationFn: () => deletePage(page.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: showcaseKeys.pages });
      await navigate({ to: '/portfolio/showcase' });
    },
  });

  const byKey = new Map((candidates.data?.items ?? []).map((c) => [refKey(c.ref), c]));
  const chosen = new Set(refs.map(refKey));
  const move = (index: number, by: number) => {
    const next = [...refs];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + by, 0, item);
    setRefs(next);
  };
  const describe = (c: Candidate | undefined) => (c ? `${c.title || t(`showcase.kind.${c.kind}`)} (${t(`showcase.kind.${c.kind}`)})` : t('showcase.editor.unknownItem'));

  return (
    <Page
      title={page.title}
      intro={
        <p>
          <Link to="/portfolio/showcase">{t('showcase.editor.back')}</Link>
        </p>
      }
      actions={
        <a className="button button-secondary" href={pagePdfHref(page.id)} download>
          {t('showcase.editor.pdf')}
        </a>
      }
    >
      <Section title={t('showcase.editor.compose')}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
          <TextField label={t('showcase.list.pageTitle')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={150} required />
          <TextAreaField label={t('showcase.editor.intro')} value={intro} onChange={(e) => setIntro(e.target.value)} maxLength={4000} optional rows={3} />
          <CheckboxField label={t('showcase.editor.chart')} hint={t('showcase.editor.chartHint')} checked={chart} onChange={(e) => setChart(e.target.checked)} />
          <h3>{t('showcase.editor.onPage')}</h3>
          {refs.length === 0 ? (
            <p className="muted">{t('showcase.editor.noItems')}</p>
          ) : (
            <ol className="showcase-chosen">
              {refs.map((r, i) => (
                <li key={refKey(r)}>
                  <span>{describe(byKey.get(refKey(r)))}</span>
                  <span className="showcase-chosen-actions">
                    <button type="button" className="button button-small button-secondary" disabled={i === 0} onClick={() => move(i, -1)}>
                      {t('showcase.editor.up')}
                      <span className="visually-hidden"> {describe(byKey.get(refKey(r)))}</span>
                    </button>
                    <button type="button" className="button button-small button-secondary" disabled={i === refs.length - 1} onClick={() => move(i, 1)}>
                      {t('showcase.editor.down')}
                      <span className="visually-hidden"> {describe(byKey.get(refKey(r)))}</span>
                    </button>
                    <button type="button" className="button button-small button-secondary" onClick={() => setRefs(refs.filter((x) => refKey(x) !== refKey(r)))}>
                      {t('showcase.editor.remove')}
                      <span className="visually-hidden"> {describe(byKey.get(refKey(r)))}</span>
                    </button>
                  </span>
                </li>
              ))}
            </ol>
          )}
          <h3>{t('showcase.editor.available')}</h3>
          <QueryState query={candidates}>
            {(data) => {
              const open = data.items.filter((c) => !chosen.has(refKey(c.ref)));
              if (data.items.length === 0) return <EmptyState title={t('showcase.editor.nothingTitle')}>{t('showcase.editor.nothingText')}</EmptyState>;
              return (
                <ul className="showcase-candidates">
                  {open.map((c) => (
                    <li key={refKey(c.ref)}>
                      <button type="button" className="button button-small" onClick={() => setRefs([...refs, c.ref])}>
                        {t('showcase.editor.add')}
                        <span className="visually-hidden"> {describe(c)}</span>
                      </button>{' '}
                      {describe(c)}
                    </li>
                  ))}
                </ul>
              );
            }}
          </QueryState>
          <div className="form-actions">
            <button type="submit" className="button" disabled={save.isPending}>
              {t('showcase.editor.save')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                if (window.confirm(t('showcase.editor.deleteConfirm'))) remove.mutate();
              }}
            >
              {t('showcase.editor.delete')}
            </button>
          </div>
          <FormError error={save.error ?? remove.error} />
          <StatusMessage>{saved ? t('showcase.editor.saved') : null}</StatusMessage>
        </form>
      </Section>
      <SharePanel page={page} />
      <Section title={t('showcase.editor.preview')} description={t('showcase.editor.previewHint')}>
        <SharedPageContent page={page} files={{ kind: 'owner' }} />
      </Section>
    </Page>
  );
}
