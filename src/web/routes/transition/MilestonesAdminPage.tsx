import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MILESTONE_KINDS } from '../../../domain/transition/milestones';
import type { MilestoneDefinition, ProgrammeMilestones } from '../../../shared/intake';
import { structureQuery } from '../../api/queries';
import { FormError, StatusMessage } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Fields';
import { Page, Section } from '../../components/Page';
import { QueryState } from '../../components/States';
import { getProgrammeMilestones, saveProgrammeMilestones } from './intakeApi';

/** Functioneel beheer: the first-100-days milestones per programme; without any, the level's defaults apply. */
export function MilestonesAdminPage() {
  const { t } = useTranslation();
  const structure = useQuery(structureQuery);
  const [programmeId, setProgrammeId] = useState('');
  const programmes = structure.data?.sectors.flatMap((s) => s.programmes) ?? [];
  return (
    <Page title={t('transition.admin.title')} intro={<p>{t('transition.admin.intro')}</p>}>
      <QueryState query={structure} loadingLabel={t('transition.admin.loading')}>
        {() => (
          <div className="stack">
            <SelectField label={t('transition.admin.programme')} value={programmeId} onChange={(e) => setProgrammeId(e.target.value)}>
              <option value="">{t('transition.intake.choose')}</option>
              {programmes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
            {programmeId && <ProgrammeEditor key={programmeId} programmeId={programmeId} />}
          </div>
        )}
      </QueryState>
    </Page>
  );
}

function ProgrammeEditor({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = ['programme-milestones', programmeId];
  const query = useQuery({ queryKey: key, queryFn: () => getProgrammeMilestones(programmeId) });
  const [items, setItems] = useState<MilestoneDefinition[] | null>(null);
  const save = useMutation({
    mutationFn: (list: MilestoneDefinition[]) => saveProgrammeMilestones(programmeId, { items: list }),
    onSuccess: (data) => {
      client.setQueryData(key, data);
      setItems(null);
    },
  });
  return (
    <QueryState query={query} loadingLabel={t('transition.admin.loading')}>
      {(data: ProgrammeMilestones) => {
        const list: MilestoneDefinition[] = items ?? (data.own ? data.items : data.defaults);
        const update = (i: number, patch: Partial<MilestoneDefinition>) => setItems(list.map((m, j) => (j === i ? { ...m, ...patch } : m)));
        return (
          <Section title={data.programme.name}>
            <p className="note">{data.own ? t('transition.admin.own') : t('transition.admin.usingDefaults', { level: data.programme.level })}</p>
            <ol className="stack milestone-editor">
              {list.map((m, i) => (
                <li key={m.id ?? `new-${i}`}>
                  <fieldset className="milestone-row">
                    <legend>{t('transition.admin.milestone', { n: i + 1 })}</legend>
                    <TextField label={t('transition.admin.nameNl')} value={m.nameNl} maxLength={200} onChange={(e) => update(i, { nameNl: e.target.value })} />
                    <TextField label={t('transition.admin.nameEn')} value={m.nameEn} maxLength={200} onChange={(e) => update(i, { nameEn: e.target.value })} />
                    <TextField label={t('transition.admin.week')} type="number" min={1} max={52} value={String(m.week)} onChange={(e) => update(i, { week: Number(e.target.value) })} />
                    <SelectField label={t('transition.admin.kind')} value={m.kind} onChange={(e) => update(i, { kind: e.target.value as MilestoneDefinition['kind'] })}>
                      {MILESTONE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`transition.kind.${k}`)}
                        </option>
                      ))}
                    </SelectField>
                    <button type="button" className="button button-small button-secondary" onClick={() => setItems(list.filter((_, j) => j !== i))}>
                      {t('transition.admin.remove')}
                    </button>
                  </fieldset>
                </li>
              ))}
            </ol>
            <div className="button-row">
              <button type="button" className="button button-secondary" onClick={() => setItems([...list, { nameNl: '', nameEn: '', week: 4, kind: 'manual' }])}>
                {t('transition.admin.add')}
              </button>
              <button type="button" className="button" disabled={save.isPending} onClick={() => save.mutate(list)}>
                {t('transition.admin.save')}
              </button>
              {data.own && (
                <button type="button" className="button button-secondary" disabled={save.isPending} onClick={() => save.mutate([])}>
                  {t('transition.admin.reset')}
                </button>
              )}
            </div>
            {save.isSuccess && <StatusMessage>{t('transition.admin.saved')}</StatusMessage>}
            {save.error && <FormError error={save.error} />}
          </Section>
        );
      }}
    </QueryState>
  );
}
