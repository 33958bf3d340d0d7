import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/Feedback';
import { TextField } from '../../components/Fields';
import { showcaseKeys, uploadFile } from './ShowcaseApi';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp';

/** Uploading one file as a new piece of evidence. The server decides what the file really is. */
export function UploadForm({ maxMb, onUploaded }: { maxMb: number | null; onUploaded: (name: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadFile(chosen, title),
    onSuccess: async (result) => {
      onUploaded(result.file.name);
      setFile(null);
      setTitle('');
      if (input.current) input.current.value = '';
      await queryClient.invalidateQueries({ queryKey: showcaseKeys.files });
      await queryClient.invalidateQueries({ queryKey: showcaseKeys.candidates });
    },
  });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (file) upload.mutate(file);
      }}
    >
      <div className="field">
        <label htmlFor={id} className="field-label">
          {t('showcase.files.choose')}
        </label>
        <p className="field-hint" id={`${id}-hint`}>
          {maxMb === null ? t('showcase.files.kinds') : t('showcase.files.hint', { max: maxMb })}
        </p>
        <input ref={input} id={id} type="file" accept={ACCEPT} aria-describedby={`${id}-hint`} onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
      </div>
      <TextField label={t('showcase.files.titleLabel')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} optional />
      <div className="form-actions">
        <button type="submit" className="button" disabled={!file || upload.isPending}>
          {upload.isPending ? t('showcase.files.uploading') : t('showcase.files.uploadButton')}
        </button>
      </div>
      <FormError error={upload.error} />
    </form>
  );
}
