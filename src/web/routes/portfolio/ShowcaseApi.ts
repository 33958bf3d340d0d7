import type { Candidate, FileView, OwnPageView, PageInput, PageSummary, PeopleResult, ShareCreate, ShareCreated, SharedPageView, SharedWithMe, UploadResult, Visibility, VisibilityUpdate } from '../../../shared/showcase';
import { api } from '../../api/client';

/** Calls and query keys for showcase pages, sharing, files and what the guidance team sees. */

export const showcaseKeys = {
  pages: ['showcase', 'pages'] as const,
  page: (id: string) => ['showcase', 'pages', id] as const,
  candidates: ['showcase', 'candidates'] as const,
  files: ['portfolio', 'files'] as const,
  visibility: ['portfolio', 'visibility'] as const,
  sharedWithMe: ['showcase', 'shared-with-me'] as const,
};

export const listPages = () => api<{ items: PageSummary[] }>('/showcase/pages');
export const getPage = (id: string) => api<OwnPageView>(`/showcase/pages/${id}`);
export const listCandidates = () => api<{ items: Candidate[] }>('/showcase/candidates');
export const createPage = (input: PageInput) => api<OwnPageView>('/showcase/pages', { method: 'POST', json: input });
export const savePage = (id: string, input: PageInput & { version: number }) => api<OwnPageView>(`/showcase/pages/${id}`, { method: 'PUT', json: input });
export const deletePage = (id: string) => api<void>(`/showcase/pages/${id}`, { method: 'DELETE' });
export const createShare = (pageId: string, input: ShareCreate) => api<ShareCreated>(`/showcase/pages/${pageId}/shares`, { method: 'POST', json: input });
export const revokeShare = (shareId: string) => api<void>(`/showcase/shares/${shareId}/revoke`, { method: 'POST' });
export const searchPeople = (q: string) => api<PeopleResult>('/showcase/people', {}, { q });
export const sharedWithMe = () => api<SharedWithMe>('/showcase/shared-with-me');
export const sharedPage = (pageId: string) => api<SharedPageView>(`/showcase/shared-with-me/${pageId}`);
export const linkPage = (token: string) => api<SharedPageView>(`/shared/${encodeURIComponent(token)}`, { quiet: true });
export const listFiles = () => api<{ items: FileView[]; maxMb: number }>('/portfolio/files');
export const deleteFile = (id: string) => api<void>(`/portfolio/files/${id}`, { method: 'DELETE' });
export const uploadFile = (file: File, title: string) =>
  api<UploadResult>('/portfolio/files', { method: 'POST', raw: { body: file, contentType: 'application/octet-stream' } }, { filename: file.name, title });
export const getVisibility = () => api<Visibility>('/portfolio/visibility');
export const saveVisibility = (input: VisibilityUpdate) => api<Visibility>('/portfolio/visibility', { method: 'PUT', json: input });

/** Where a file of a page can be downloaded, for the owner, a signed-in viewer or a link holder. */
export type FileSource = { kind: 'owner' } | { kind: 'shared'; pageId: string } | { kind: 'link'; token: string };

export function fileHref(source: FileSource, fileId: string): string {
  if (source.kind === 'shared') return `/api/showcase/shared-with-me/${source.pageId}/files/${fileId}`;
  if (source.kind === 'link') return `/api/shared/${encodeURIComponent(source.token)}/files/${fileId}`;
  return `/api/portfolio/files/${fileId}`;
}

export const pagePdfHref = (pageId: string) => `/api/showcase/pages/${pageId}/pdf`;
export const PORTFOLIO_PDF_HREF = '/api/portfolio/pdf';
