import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminInstrumentVersion } from '../../../../shared/competencies';
import { api } from '../../../api/client';
import { FormError, StatusMessage } from '../../../components/Feedback';
import { Section } from '../../../components/Page';
import { InstrumentProblems, problemsOf } from './InstrumentProblems';
import { instrumentsQuery } from './queries';

/**
 * Import a questionnaire version as JSON: from a file (read into the text box so the admin sees
 * what is sent) or pasted. The server checks everything and names each problem by its path.
 */
export function ImportInstrument() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const id = useId();
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [fileNote, setFileNote] = useState('');
  const [fileKey, setFileKey] = useState(0);
  const errorRef = useRef<HTMLDivElement>(null);

  const importing = useMutation({
    mutationFn: (definition: unknown) => api<AdminInstrumentVersion>('/admin/instruments', { method: 'POST', json: definition }),
    onSuccess: async () => {
      setText('');
      setFileNote('');
      setFileKey((key) => key + 1);
      await queryClient.invalidateQueries({ queryKey: instrumentsQuery.queryKey });
    },
  });
  const problems = problemsOf(importing.error);
  const failed = localError !== null || importing.isError;

  // A failed import moves focus to the list of problems, so keyboard users land on what to fix.
  useEffect(() => {
    if (failed) errorRef.current?.focus();
  }, [failed, importing.error, localError]);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    importing.reset();
    setLocalError(null);
    try {
      setText(await file.text());
      setFileNote(t('insights.instruments.fileRead', { name: file.name }));
    } catch {
      setLocalError(t('insights.instruments.fileError', { name: file.name }));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    importing.reset();
    setLocalError(null);
    if (!text.trim()) {
      setLocalError(t('insights.instruments.emptyJson'));
      return;
    }
    let definition: unknown;
    try {
      definition = JSON.parse(text);
    } catch (cause) {
      setLocalError(t('insights.instruments.invalidJson', { message: cause instanceof Error ? cause.message : '' }));
      return;
    }
    importing.mutate(definition);
  };

  const done = importing.data;
  return (
    <Section title={t('insights.instruments.import')} description={<p>{t('insights.instruments.importIntro')}</p>}>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-file`} className="field-label">
            {t('insights.instruments.file')}
          </label>
          <div className="field-hint" id={`${id}-file-hint`}>
            {t('insights.instruments.fileHint')}
          </div>
          <input key={fileKey} id={`${id}-file`} type="file" accept=".json,application/json" aria-describedby={`${id}-file-hint`} onChange={(event) => void readFile(event)} />
          <p className="field-hint" role="status">
            {fileNote}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-json`} className="field-label">
            {t('insights.instruments.json')}
          </label>
          <textarea
            id={`${id}-json`}
            className="json-input"
            rows={12}
            spellCheck={false}
            value={text}
            aria-invalid={failed || undefined}
            aria-describedby={failed ? `${id}-error` : undefined}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div id={`${id}-error`} ref={errorRef} tabIndex={-1} className="error-focus">
          {localError && (
            <div className="notice notice-error" role="alert">
              {localError}
            </div>
          )}
          {problems ? <InstrumentProblems problems={problems} /> : <FormError error={importing.error} />}
        </div>
        <StatusMessage>{done && t('insights.instruments.importedMessage', { code: done.code, version: done.version })}</StatusMessage>
        <div className="form-actions">
          <button type="submit" className="button" disabled={importing.isPending} aria-busy={importing.isPending}>
            {importing.isPending ? t('insights.instruments.submitting') : t('insights.instruments.submit')}
          </button>
        </div>
      </form>
    </Section>
  );
}
