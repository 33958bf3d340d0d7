import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, StatusMessage } from '../../components/Feedback';
import { Page, Section } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/States';
import { formatDate } from '../../lib/format';
import { deleteFile, fileHref, listFiles, showcaseKeys } from './ShowcaseApi';
import { UploadForm } from './UploadForm';

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`);

/** The student's files: upload a new one, download or delete what is there. */
export function FilesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const files = useQuery({ queryKey: showcaseKeys.files, queryFn: listFiles });
  const [status, setStatus] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: deleteFile,
    onSuccess: async () => {
      setStatus(t('showcase.files.deleted'));
      await queryClient.invalidateQueries({ queryKey: showcaseKeys.files });
      await queryClient.invalidateQueries({ queryKey: showcaseKeys.candidates });
    },
  });

  return (
    <Page
      title={t('showcase.files.title')}
      intro={
        <p>
          <Link to="/portfolio/showcase">{t('showcase.editor.back')}</Link>
        </p>
      }
    >
      <Section title={t('showcase.files.upload')}>
        <UploadForm maxMb={files.data?.maxMb ?? null} onUploaded={(name) => setStatus(t('showcase.files.uploaded', { name }))} />
      </Section>
      <Section title={t('showcase.files.mine')}>
        <StatusMessage>{status}</StatusMessage>
        <FormError error={remove.error} />
        <QueryState query={files}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title={t('showcase.files.emptyTitle')}>{t('showcase.files.emptyText')}</EmptyState>
            ) : (
              <ul className="showcase-list">
                {data.items.map((f) => (
                  <li key={f.id}>
                    <a href={fileHref({ kind: 'owner' }, f.id)} download={f.name}>
                      {f.name}
                    </a>
                    <span className="muted">
                      {' · '}
                      {sizeText(f.sizeBytes)} · {formatDate(f.createdAt)}
                    </span>{' '}
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      onClick={() => {
                        if (window.confirm(t('showcase.files.deleteConfirm', { name: f.name }))) remove.mutate(f.id);
                      }}
                    >
                      {t('showcase.files.delete')}
                      <span className="visually-hidden"> {f.name}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </Section>
    </Page>
  );
}
