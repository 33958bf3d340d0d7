import { useTranslation } from 'react-i18next';
import { SIGNAL_CODES, type Light, type SignalCode } from '../../../../shared/guidance';
import { SelectField, TextField } from '../../../components/Fields';
import type { CaseloadSort } from '../guidanceApi';
import type { CaseloadSearch } from './CaseloadPage';

const SORTS: readonly CaseloadSort[] = ['light', 'name', 'lastConversation'];

/** Search by name, filter by light and by signal, sort. Every change applies at once. */
export function CaseloadToolbar({
  search,
  text,
  onText,
  onChange,
}: {
  search: CaseloadSearch;
  text: string;
  onText: (text: string) => void;
  onChange: (next: Partial<CaseloadSearch>) => void;
}) {
  const { t } = useTranslation();
  return (
    <form className="toolbar caseload-toolbar" role="search" aria-label={t('guidance.caseload.filters')} onSubmit={(e) => e.preventDefault()}>
      <TextField label={t('guidance.caseload.search')} type="search" value={text} onChange={(e) => onText(e.target.value)} autoComplete="off" />
      <SelectField
        label={t('guidance.caseload.lightFilter')}
        value={search.light ?? ''}
        onChange={(e) => onChange({ light: (e.target.value || undefined) as Light | undefined })}
      >
        <option value="">{t('guidance.caseload.allLights')}</option>
        <option value="red">{t('guidance.light.red')}</option>
        <option value="orange">{t('guidance.light.orange')}</option>
        <option value="green">{t('guidance.light.green')}</option>
      </SelectField>
      <SelectField
        label={t('guidance.caseload.signalFilter')}
        value={search.signal ?? ''}
        onChange={(e) => onChange({ signal: (e.target.value || undefined) as SignalCode | undefined })}
      >
        <option value="">{t('guidance.caseload.allSignals')}</option>
        {SIGNAL_CODES.map((code) => (
          <option key={code} value={code}>
            {t(`guidance.signal.${code}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('guidance.caseload.sort')} value={search.sort ?? 'light'} onChange={(e) => onChange({ sort: e.target.value as CaseloadSort })}>
        {SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`guidance.caseload.sortBy.${sort}`)}
          </option>
        ))}
      </SelectField>
    </form>
  );
}
