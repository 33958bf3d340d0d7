import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/Fields';
import type { PickedUser } from '../../../components/UserPicker';
import { useDebounced } from '../../../lib/hooks';
import { counsellorsQuery } from '../guidanceApi';

/**
 * For a counsellor handing over their own students: choose a colleague from the list of
 * counsellors (GET /api/counsellors), as the admins' UserPicker does with all users.
 */
export function CounsellorPicker({
  label,
  value,
  onChange,
  excludeId,
}: {
  label: string;
  value: PickedUser | null;
  onChange: (user: PickedUser | null) => void;
  excludeId: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const resultsId = useId();
  const results = useQuery({ ...counsellorsQuery(q), enabled: !value });

  if (value) {
    return (
      <div className="picker picker-chosen">
        <span className="field-label">{label}</span>
        <p>
          <strong>{value.name}</strong>{' '}
          <button type="button" className="button button-small button-secondary" onClick={() => onChange(null)}>
            {t('picker.change')}
            <span className="visually-hidden"> ({label})</span>
          </button>
        </p>
      </div>
    );
  }
  const items = (results.data?.items ?? []).filter((c) => c.id !== excludeId);
  return (
    <div className="picker">
      <TextField label={label} type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" aria-controls={resultsId} hint={t('guidance.handover.pickerHint')} />
      <p className="visually-hidden" role="status">
        {results.isSuccess && q ? t('picker.results', { count: items.length }) : ''}
      </p>
      <div id={resultsId} aria-busy={results.isFetching}>
        {results.isError && <p className="field-error">{t('picker.error')}</p>}
        {results.isSuccess && items.length === 0 && <p className="muted">{t('picker.none')}</p>}
        {items.length > 0 && (
          <ul className="picker-results">
            {items.slice(0, 12).map((counsellor) => (
              <li key={counsellor.id}>
                <button type="button" className="picker-option" onClick={() => onChange({ id: counsellor.id, name: counsellor.name })}>
                  <span>{counsellor.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
