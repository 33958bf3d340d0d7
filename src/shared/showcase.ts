import { z } from 'zod';

/*
 * The contract for the student's own files, showcase pages, how they are shared, who looked, and
 * what guidance staff see of the portfolio. A shared page carries only what the student put on it.
 */

export const FileView = z.object({
  id: z.string(),
  evidenceId: z.string(),
  name: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  isImage: z.boolean(),
  createdAt: z.string(),
});
export type FileView = z.infer<typeof FileView>;

export const UploadQuery = z.object({
  filename: z.string().trim().min(1).max(255),
  title: z.string().trim().max(200).optional(),
});

export const UploadResult = z.object({ evidenceId: z.string(), file: FileView });
export type UploadResult = z.infer<typeof UploadResult>;

/** What can be put on a page: one piece of evidence or one goal. */
export const ItemRef = z.union([z.strictObject({ evidenceId: z.uuid() }), z.strictObject({ goalId: z.uuid() })]);
export type ItemRef = z.infer<typeof ItemRef>;

export const PageInput = z.object({
  title: z.string().trim().min(1).max(150),
  intro: z.string().trim().max(4000).default(''),
  showCompetencyChart: z.boolean().default(true),
  items: z.array(ItemRef).max(50).default([]),
});
export type PageInput = z.input<typeof PageInput>;
export const PageUpdate = PageInput.extend({ version: z.number().int().min(1) });

/** One item as a viewer sees it: its content, nothing about the rest of the portfolio. */
export const PageItemView = z.object({
  kind: z.enum(['reflection', 'experience', 'file', 'goal']),
  id: z.string(),
  title: z.string(),
  /** Answers per template field (reflection), description (experience, goal). */
  sections: z.array(z.object({ key: z.string(), label: z.string(), text: z.string() })),
  date: z.string().nullable(),
  organisation: z.string().nullable(),
  template: z.string().nullable(),
  experienceType: z.string().nullable(),
  status: z.string().nullable(),
  files: z.array(FileView),
});
export type PageItemView = z.infer<typeof PageItemView>;

export const CompetencyChart = z.object({
  min: z.number(),
  max: z.number(),
  submittedAt: z.string(),
  scales: z.array(z.object({ code: z.string(), label: z.string(), score: z.number().nullable() })),
});
export type CompetencyChart = z.infer<typeof CompetencyChart>;

export const SharedPageView = z.object({
  title: z.string(),
  intro: z.string(),
  studentName: z.string(),
  updatedAt: z.string(),
  items: z.array(PageItemView),
  chart: CompetencyChart.nullable(),
});
export type SharedPageView = z.infer<typeof SharedPageView>;

export const ShareView = z.object({
  id: z.string(),
  kind: z.enum(['link', 'user']),
  label: z.string(),
  userName: z.string().nullable(),
  expiresAt: z.string().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  active: z.boolean(),
});
export type ShareView = z.infer<typeof ShareView>;

export const ViewLogEntry = z.object({ viewedAt: z.string(), who: z.string(), via: z.enum(['link', 'user', 'other']) });
export type ViewLogEntry = z.infer<typeof ViewLogEntry>;

export const PageSummary = z.object({
  id: z.string(),
  title: z.string(),
  itemCount: z.number().int(),
  activeShares: z.number().int(),
  views: z.number().int(),
  updatedAt: z.string(),
});
export type PageSummary = z.infer<typeof PageSummary>;

export const OwnPageView = SharedPageView.extend({
  id: z.string(),
  version: z.number().int(),
  showCompetencyChart: z.boolean(),
  refs: z.array(ItemRef),
  shares: z.array(ShareView),
  views: z.array(ViewLogEntry),
});
export type OwnPageView = z.infer<typeof OwnPageView>;

/** Everything of the student's own that can go on a page. */
export const Candidate = z.object({
  ref: ItemRef,
  kind: PageItemView.shape.kind,
  title: z.string(),
  date: z.string().nullable(),
});
export type Candidate = z.infer<typeof Candidate>;

export const SHARE_DAYS = { min: 1, max: 90 } as const;

export const ShareCreate = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('link'), label: z.string().trim().min(1).max(100), days: z.number().int().min(SHARE_DAYS.min).max(SHARE_DAYS.max) }),
  z.strictObject({ kind: z.literal('user'), userId: z.uuid(), days: z.number().int().min(SHARE_DAYS.min).max(SHARE_DAYS.max).nullable().default(null) }),
]);
export type ShareCreate = z.input<typeof ShareCreate>;

/** The link's secret is shown once, right after it was made; only its hash is kept. */
export const ShareCreated = z.object({ share: ShareView, url: z.string().nullable() });
export type ShareCreated = z.infer<typeof ShareCreated>;

export const SharedWithMe = z.object({
  items: z.array(z.object({ shareId: z.string(), pageId: z.string(), title: z.string(), studentName: z.string(), sharedAt: z.string(), expiresAt: z.string().nullable() })),
});
export type SharedWithMe = z.infer<typeof SharedWithMe>;

export const Person = z.object({ id: z.string(), name: z.string(), role: z.string() });
export const PeopleResult = z.object({ items: z.array(Person) });
export type PeopleResult = z.infer<typeof PeopleResult>;

/** What the student's guidance team sees: the plan, and each piece of evidence marked for guidance. */
export const Visibility = z.object({
  planForGuidance: z.boolean(),
  evidence: z.array(z.object({ id: z.string(), kind: z.string(), title: z.string(), forGuidance: z.boolean() })),
});
export type Visibility = z.infer<typeof Visibility>;

export const VisibilityUpdate = z.object({
  planForGuidance: z.boolean(),
  evidence: z.array(z.object({ id: z.uuid(), forGuidance: z.boolean() })).max(1000),
});
export type VisibilityUpdate = z.infer<typeof VisibilityUpdate>;
