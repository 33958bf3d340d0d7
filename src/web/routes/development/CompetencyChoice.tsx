import { useTranslation } from 'react-i18next';
import { competencyTitle, type MeetlatInfo, type SlbCompetency } from './developmentApi';

/** The seven competencies as a group of checkboxes (a fieldset, so the question is read with each box). */
export function CompetencyChoice({
  meetlat,
  value,
  onChange,
  legend,
  error,
}: {
  meetlat: MeetlatInfo;
  value: SlbCompetency[];
  onChange: (next: SlbCompetency[]) => void;
  legend: string;
  error?: string | null;
}) {
  const { t } = useTranslation();
  const toggle = (code: SlbCompetency, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <fieldset className="dev-competencies" aria-invalid={error ? true : undefined}>
      <legend className="field-label">{legend}</legend>
      <p className="field-hint">{t('development.competencies.hint')}</p>
      <div className="dev-competency-options">
        {meetlat.competencies.map((c) => (
          <label key={c.code} className="dev-check">
            <input type="checkbox" checked={value.includes(c.code)} onChange={(e) => toggle(c.code, e.target.checked)} />
            <span>{competencyTitle(meetlat, c.code)}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Competency names as small tags. */
export function CompetencyTags({ meetlat, codes }: { meetlat: MeetlatInfo; codes: string[] }) {
  if (codes.length === 0) return null;
  return (
    <ul className="dev-tags">
      {codes.map((code) => (
        <li key={code} className="badge badge-info">
          {competencyTitle(meetlat, code)}
        </li>
      ))}
    </ul>
  );
}
