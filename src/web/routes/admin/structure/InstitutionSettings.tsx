import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api/client';
import { FormError, StatusMessage } from '../../../components/Feedback';
import { TextField } from '../../../components/Fields';
import { QueryState } from '../../../components/States';

interface Settings {
  name: string;
  minGroupSize: number;
  privateNoteRetentionMonths: number;
}

const settingsQuery = { queryKey: ['admin', 'institution'], queryFn: () => api<Settings>('/admin/institution') };

/** The institution's own settings: its name and two privacy rules that are the school's to choose. */
export function InstitutionSettings() {
  const { t } = useTranslation();
  const query = useQuery(settingsQuery);
  return (
    <section className="card" aria-labelledby="institution-settings">
      <h2 id="institution-settings">{t('institution.title')}</h2>
      <QueryState query={query}>{(settings) => <SettingsForm settings={settings} />}</QueryState>
    </section>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(settings.name);
  const [minGroupSize, setMinGroupSize] = useState(String(settings.minGroupSize));
  const [retention, setRetention] = useState(String(settings.privateNoteRetentionMonths));
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: Partial<Settings>) => api<Settings>('/admin/institution', { method: 'PATCH', json: body }),
    onSuccess: async () => {
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: settingsQuery.queryKey });
    },
  });
  useEffect(() => setSaved(false), [name, minGroupSize, retention]);
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name: name.trim(), minGroupSize: Number(minGroupSize), privateNoteRetentionMonths: Number(retention) });
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('institution.title')}>
      <FormError error={save.error} />
      <div className="form-row">
        <TextField label={t('institution.name')} required value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
        <TextField
          label={t('institution.minGroupSize')}
          hint={t('institution.minGroupSizeHint')}
          type="number"
          min={2}
          max={100}
          required
          value={minGroupSize}
          onChange={(e) => setMinGroupSize(e.target.value)}
          error={errors.minGroupSize}
        />
        <TextField
          label={t('institution.retention')}
          hint={t('institution.retentionHint')}
          type="number"
          min={1}
          max={120}
          required
          value={retention}
          onChange={(e) => setRetention(e.target.value)}
          error={errors.privateNoteRetentionMonths}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('common.save')}
        </button>
      </div>
      <StatusMessage>{saved ? t('institution.saved') : null}</StatusMessage>
    </form>
  );
}
