import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { ImportUpload } from '../../../api/types';
import { FormError } from '../../../components/Feedback';
import { TextField } from '../../../components/Fields';
import { Section } from '../../../components/Page';

/** Step 1: send the raw CSV file; the server answers headers, a preview and suggested mapping. */
export function UploadStep({ onUploaded }: { onUploaded: (upload: ImportUpload) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const upload = useMutation({
    mutationFn: (chosen: File) =>
      api<ImportUpload>(
        '/admin/imports',
        { method: 'POST', raw: { body: chosen, contentType: 'text/csv' } },
        { filename: chosen.name },
      ),
    onSuccess: onUploaded,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      return;
    }
    setMissing(false);
    upload.mutate(file);
  };

  return (
    <Section title={t('imports.steps.file')} description={<p>{t('imports.fileIntro')}</p>}>
      <form className="form" onSubmit={submit} aria-busy={upload.isPending} noValidate>
        <FormError error={upload.error} />
        <TextField
          label={t('imports.file')}
          type="file"
          accept=".csv,text/csv"
          required
          hint={t('imports.fileHint')}
          error={missing ? t('imports.fileMissing') : null}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setMissing(false);
          }}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={upload.isPending}>
            {upload.isPending ? t('imports.uploading') : t('imports.upload')}
          </button>
        </div>
      </form>
    </Section>
  );
}
