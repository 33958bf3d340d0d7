import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignInput, CampaignOptions } from '../../../shared/surveys';
import { ApiError } from '../../api/client';
import { FormError } from '../../components/Feedback';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/States';
import { TextAreaField } from '../../components/TextAreaField';
import { today } from '../../lib/format';
import { local } from '../competencies/scores';
import { createCampaign, optionsQuery } from './surveyApi';

type Audience = CampaignInput['audience'];
type Role = CampaignOptions['roles'][number];

/** `/kwaliteitsmonitor/nieuw`: the new-campaign form. */
export function NewCampaignPage() {
  const { t } = useTranslation();
  const query = useQuery(optionsQuery);
  return (
    <Page title={t('surveys.form.title')} intro={<p>{t('surveys.form.intro')}</p>}>
      <QueryState query={query}>{(options) => <CampaignForm options={options} />}</QueryState>
    </Page>
  );
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

function CampaignForm({ options }: { options: CampaignOptions }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [audience, setAudience] = useState<Audience>('students');
  const [instruments, setInstruments] = useState<string[]>([]);
  const [cohorts, setCohorts] = useState<Set<string>>(new Set());
  const [programmes, setProgrammes] = useState<Set<string>>(new Set());
  const [roles, setRoles] = useState<Set<Role>>(new Set(['counsellor']));
  const [teamId, setTeamId] = useState('');
  const [opensOn, setOpensOn] = useState(today());
  const [closesOn, setClosesOn] = useState(inDays(21));
  const [anonymity, setAnonymity] = useState<CampaignInput['anonymity']>('anonymous');
  const [feedsGuidance, setFeedsGuidance] = useState(false);
  const [imported, setImported] = useState(false);

  const available = options.instruments.filter((i) => i.audiences.includes(audience));
  const chosen = instruments.filter((code) => available.some((i) => i.code === code));
  const canFeed = audience === 'students' && anonymity === 'pseudonymous' && !imported;
  const toggle = <T,>(set: Set<T>, value: T) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  const create = useMutation({
    mutationFn: () =>
      createCampaign({
        title,
        description,
        audience,
        anonymity,
        feedsGuidance: canFeed && feedsGuidance,
        teamId: audience === 'team' ? teamId || null : null,
        opensOn,
        closesOn,
        instruments: chosen,
        imported,
        targets:
          audience === 'students'
            ? [...[...programmes].map((programmeId) => ({ programmeId })), ...[...cohorts].map((cohortId) => ({ cohortId }))]
            : audience === 'staff'
              ? [...roles].map((role) => ({ role }))
              : [],
      }),
    onSuccess: (campaign) => {
      void queryClient.invalidateQueries({ queryKey: ['surveys'] });
      void navigate({ to: '/kwaliteitsmonitor/$campaignId', params: { campaignId: campaign.id } });
    },
  });
  const problems = create.error instanceof ApiError && create.error.id === 'survey_invalid'
    ? ((create.error.details as { problems?: { path: string; message: string }[] } | undefined)?.problems ?? [])
    : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };

  return (
    <form className="card survey-form" onSubmit={submit} noValidate>
      <TextField label={t('surveys.form.name')} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
      <TextAreaField label={t('surveys.form.description')} value={description} onChange={(e) => setDescription(e.target.value)} optional rows={3} />
      <SelectField label={t('surveys.form.audience')} value={audience} onChange={(e) => setAudience(e.target.value as Audience)}>
        {(['students', 'staff', 'team'] as const).map((a) => (
          <option key={a} value={a}>
            {t(`surveys.audience.${a}`)}
          </option>
        ))}
      </SelectField>

      <fieldset className="survey-fieldset">
        <legend>{t('surveys.form.instruments')}</legend>
        {available.length === 0 && <p>{t('surveys.form.noInstruments')}</p>}
        {available.map((i) => (
          <CheckboxField key={i.code} label={local(i.title)} hint={local(i.description)} checked={chosen.includes(i.code)}
            onChange={() => setInstruments((list) => (list.includes(i.code) ? list.filter((c) => c !== i.code) : [...list, i.code]))} />
        ))}
      </fieldset>

      {audience === 'students' && !imported && (
        <fieldset className="survey-fieldset">
          <legend>{t('surveys.form.targets')}</legend>
          <p className="field-hint">{t('surveys.form.targetsHint')}</p>
          {options.programmes.map((p) => (
            <div key={p.id} className="survey-programme">
              <CheckboxField label={`${p.name} — ${t('surveys.form.wholeProgramme')}`} checked={programmes.has(p.id)} onChange={() => setProgrammes((s) => toggle(s, p.id))} />
              {!programmes.has(p.id) && p.cohorts.map((c) => (
                <CheckboxField key={c.id} label={`${p.name} · ${c.name} (${c.schoolYear})`} checked={cohorts.has(c.id)} onChange={() => setCohorts((s) => toggle(s, c.id))} />
              ))}
            </div>
          ))}
        </fieldset>
      )}
      {audience === 'staff' && !imported && (
        <fieldset className="survey-fieldset">
          <legend>{t('surveys.form.roles')}</legend>
          {options.roles.map((r) => (
            <CheckboxField key={r} label={t(`surveys.roles.${r}`)} checked={roles.has(r)} onChange={() => setRoles((s) => toggle(s, r))} />
          ))}
        </fieldset>
      )}
      {audience === 'team' && (
        <SelectField label={t('surveys.form.team')} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
          <option value="">{t('surveys.form.chooseTeam')}</option>
          {options.teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
      )}

      <div className="grid grid-2">
        <TextField label={t('surveys.form.opensOn')} type="date" value={opensOn} onChange={(e) => setOpensOn(e.target.value)} required />
        <TextField label={t('surveys.form.closesOn')} type="date" value={closesOn} onChange={(e) => setClosesOn(e.target.value)} required />
      </div>

      <fieldset className="survey-fieldset">
        <legend>{t('surveys.form.anonymity')}</legend>
        {(['anonymous', 'pseudonymous'] as const).map((a) => (
          <div className="field field-radio" key={a}>
            <input type="radio" id={`anonymity-${a}`} name="anonymity" value={a} checked={anonymity === a} onChange={() => setAnonymity(a)} aria-describedby={`anonymity-${a}-hint`} />
            <label htmlFor={`anonymity-${a}`}>{t(`surveys.anonymity.${a}`)}</label>
            <div className="field-hint" id={`anonymity-${a}-hint`}>
              {t(`surveys.form.${a}Hint`)}
            </div>
          </div>
        ))}
      </fieldset>
      {canFeed && (
        <CheckboxField
          label={t('surveys.form.feedsGuidance')}
          checked={feedsGuidance}
          onChange={(e) => setFeedsGuidance(e.target.checked)}
          hint={
            <>
              {t('surveys.form.feedsGuidanceHint')} <q>{t('surveys.answer.feedsGuidance')}</q>
            </>
          }
        />
      )}
      <CheckboxField label={t('surveys.form.imported')} hint={t('surveys.form.importedHint')} checked={imported} onChange={(e) => setImported(e.target.checked)} />

      {problems.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p>{t('surveys.form.problems')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={`${p.path}-${i}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {problems.length === 0 && <FormError error={create.error} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('surveys.form.create')}
        </button>
        <Link to="/kwaliteitsmonitor" className="button button-secondary">
          {t('surveys.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
