import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api/client';
import { LEVELS, type Cohort, type Level, type Programme, type Sector } from '../../../api/types';
import { FormError } from '../../../components/Feedback';
import { SelectField, TextField } from '../../../components/Fields';
import { currentSchoolYear, isSchoolYear, useSaveEntity } from './useSave';

interface FormShellProps {
  title: string;
  onSubmit: () => void;
  onCancel: () => void;
  pending: boolean;
  error: unknown;
  children: React.ReactNode;
}

function FormShell({ title, onSubmit, onCancel, pending, error, children }: FormShellProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form inline-editor" onSubmit={submit} aria-label={title}>
      <p className="inline-editor-title">{title}</p>
      <FormError error={error} />
      <div className="form-row">{children}</div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {t('common.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function SectorForm({ sector, onDone }: { sector?: Sector; onDone: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(sector?.name ?? '');
  const [code, setCode] = useState(sector?.code ?? '');
  const save = useSaveEntity('sectors', sector?.id, onDone);
  const errors = fieldErrors(save.error);
  return (
    <FormShell
      title={sector ? t('structure.editSector', { name: sector.name }) : t('structure.addSector')}
      onSubmit={() => save.mutate({ name: name.trim(), code: code.trim() })}
      onCancel={onDone}
      pending={save.isPending}
      error={save.error}
    >
      <TextField label={t('fields.name')} required value={name} onChange={(e) => setName(e.target.value)} error={errors.name} autoFocus />
      <TextField label={t('fields.code')} required value={code} onChange={(e) => setCode(e.target.value)} error={errors.code} />
    </FormShell>
  );
}

export function ProgrammeForm({
  sectorId,
  programme,
  onDone,
}: {
  sectorId: string;
  programme?: Programme;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(programme?.name ?? '');
  const [code, setCode] = useState(programme?.code ?? '');
  const [level, setLevel] = useState<Level>(programme?.level ?? 'mbo');
  const save = useSaveEntity('programmes', programme?.id, onDone);
  const errors = fieldErrors(save.error);
  const body = { name: name.trim(), code: code.trim(), level };
  return (
    <FormShell
      title={programme ? t('structure.editProgramme', { name: programme.name }) : t('structure.addProgramme')}
      onSubmit={() => save.mutate(programme ? body : { ...body, sectorId })}
      onCancel={onDone}
      pending={save.isPending}
      error={save.error}
    >
      <TextField label={t('fields.name')} required value={name} onChange={(e) => setName(e.target.value)} error={errors.name} autoFocus />
      <TextField label={t('fields.code')} required value={code} onChange={(e) => setCode(e.target.value)} error={errors.code} />
      <SelectField label={t('fields.level')} value={level} onChange={(e) => setLevel(e.target.value as Level)} error={errors.level}>
        {LEVELS.map((value) => (
          <option key={value} value={value}>
            {t(`levels.${value}`)}
          </option>
        ))}
      </SelectField>
    </FormShell>
  );
}

export function CohortForm({
  programmeId,
  cohort,
  onDone,
}: {
  programmeId: string;
  cohort?: Cohort;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(cohort?.name ?? '');
  const [schoolYear, setSchoolYear] = useState(cohort?.schoolYear ?? currentSchoolYear());
  const [yearError, setYearError] = useState<string | null>(null);
  const save = useSaveEntity('cohorts', cohort?.id, onDone);
  const errors = fieldErrors(save.error);
  const submit = () => {
    if (!isSchoolYear(schoolYear.trim())) {
      setYearError(t('structure.schoolYearInvalid'));
      return;
    }
    setYearError(null);
    const body = { name: name.trim(), schoolYear: schoolYear.trim() };
    save.mutate(cohort ? body : { ...body, programmeId });
  };
  return (
    <FormShell
      title={cohort ? t('structure.editCohort', { name: cohort.name }) : t('structure.addCohort')}
      onSubmit={submit}
      onCancel={onDone}
      pending={save.isPending}
      error={save.error}
    >
      <TextField label={t('fields.cohortName')} required value={name} onChange={(e) => setName(e.target.value)} error={errors.name} autoFocus />
      <TextField
        label={t('fields.schoolYear')}
        required
        value={schoolYear}
        onChange={(e) => setSchoolYear(e.target.value)}
        hint={t('structure.schoolYearHint')}
        error={yearError ?? errors.schoolYear}
        inputMode="numeric"
      />
    </FormShell>
  );
}
