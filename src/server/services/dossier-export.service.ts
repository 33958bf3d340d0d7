import type { Readable } from 'node:stream';
import { filePath } from '../../domain/dossier/zip-entries';
import { DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION, type Dossier } from '../../shared/dossier';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Actor } from '../policies/policy';
import * as read from '../repositories/dossier-read.repository';
import type { Queryable } from '../repositories/types';
import { fileStoreFor } from '../storage/index';
import type { FileStore } from '../storage/file-store';
import { audit } from './audit.service';
import { writeDossierZip, type ZipSource } from './dossier-zip';

/*
 * The loopbaandossier export: what the student owns, gathered from the portfolio tables plus what
 * earlier imported dossiers carried along (education history, self-assessments, conversations).
 * Local ids in the file are the row ids here; an import elsewhere gives new ones.
 */

const iso = (d: Date) => d.toISOString();
const group = <T, K>(rows: readonly T[], key: (r: T) => K) => {
  const map = new Map<K, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return map;
};

/** The parts an import keeps as they came, because they have no live table at the new school. */
export type DossierArchive = Pick<Dossier, 'student' | 'educationHistory' | 'measurements' | 'conversations'> & { source: Dossier['source'] };

export async function buildDossier(db: Queryable, studentId: string, now = new Date()): Promise<{ dossier: Dossier; files: { path: string; storageKey: string }[] }> {
  const profile = await read.studentProfile(db, studentId);
  if (!profile) throw new AppError('not_found');
  const [enrolments, g, e, feedback, showcase, self, talks, archives] = await Promise.all([
    read.enrolmentHistory(db, studentId),
    read.goalsOf(db, studentId),
    read.evidenceOf(db, studentId),
    read.feedbackOf(db, studentId),
    read.showcasePagesOf(db, studentId),
    read.selfAssessmentsOf(db, studentId),
    read.heldConversationsOf(db, studentId),
    read.importArchivesOf(db, studentId),
  ]);
  const carried = archives.map((a) => a.archive as Partial<DossierArchive>);
  const byStudent = (authorId: string | null) => authorId === studentId;

  const goalParts = { c: group(g.competencies, (r) => r.goal_id), a: group(g.actions, (r) => r.goal_id), r: group(g.reviews, (r) => r.goal_id), v: group(g.revisions, (r) => r.goal_id) };
  const evidenceParts = { c: group(e.competencies, (r) => r.evidence_id), g: group(e.goals, (r) => r.evidence_id), f: group(e.files, (r) => r.evidence_id) };
  const answers = group(self.answers, (r) => r.response_id);
  const scores = group(self.scores, (r) => r.response_id);
  const notes = group(talks.notes, (r) => r.conversation_id);
  const actions = group(talks.actions, (r) => r.conversation_id);
  const files: { path: string; storageKey: string }[] = [];

  const dossier: Dossier = {
    format: DOSSIER_FORMAT,
    formatVersion: DOSSIER_FORMAT_VERSION,
    exportedAt: iso(now),
    source: { institution: profile.institution_name },
    student: { name: profile.display_name, email: profile.email },
    educationHistory: [
      ...carried.flatMap((a) => a.educationHistory ?? []),
      ...enrolments.map((r) => ({
        institution: r.institution,
        programme: r.programme,
        level: r.level as 'vo' | 'mbo' | 'hbo',
        cohort: r.cohort,
        schoolYear: r.school_year,
        startDate: r.start_date,
        endDate: r.end_date,
      })),
    ],
    goals: g.goals.map((goal) => ({
      id: goal.id,
      title: goal.title,
      description: goal.description,
      dueOn: goal.due_on,
      status: goal.status as Dossier['goals'][number]['status'],
      competencies: (goalParts.c.get(goal.id) ?? []).map((c) => c.competency) as Dossier['goals'][number]['competencies'],
      actions: (goalParts.a.get(goal.id) ?? []).map((a) => ({
        description: a.description,
        dueOn: a.due_on,
        status: a.status as 'open' | 'done' | 'dropped',
        createdAt: iso(a.created_at),
        updatedAt: iso(a.updated_at),
      })),
      reviews: (goalParts.r.get(goal.id) ?? []).map((r) => ({
        progress: r.progress as Dossier['goals'][number]['reviews'][number]['progress'],
        note: r.note,
        byStudent: byStudent(r.author_id),
        createdAt: iso(r.created_at),
      })),
      revisions: (goalParts.v.get(goal.id) ?? []).map((v) => ({ snapshot: v.snapshot as Dossier['goals'][number]['revisions'][number]['snapshot'], byStudent: byStudent(v.changed_by), changedAt: iso(v.changed_at) })),
      createdAt: iso(goal.created_at),
      updatedAt: iso(goal.updated_at),
    })),
    evidence: e.evidence.map((ev) => ({
      id: ev.id,
      kind: ev.kind as Dossier['evidence'][number]['kind'],
      title: ev.title,
      template: ev.template as Dossier['evidence'][number]['template'],
      body: (ev.body ?? {}) as Record<string, string>,
      experienceType: ev.experience_type as Dossier['evidence'][number]['experienceType'],
      organisation: ev.organisation,
      happenedOn: ev.happened_on,
      status: ev.status as 'draft' | 'final',
      forGuidance: ev.for_guidance,
      competencies: (evidenceParts.c.get(ev.id) ?? []).map((c) => c.competency) as Dossier['evidence'][number]['competencies'],
      goalIds: (evidenceParts.g.get(ev.id) ?? []).map((l) => l.goal_id),
      files: (evidenceParts.f.get(ev.id) ?? []).map((f) => {
        const path = filePath(f.id, f.original_name);
        files.push({ path, storageKey: f.storage_key });
        return { id: f.id, name: f.original_name, path, mediaType: f.media_type, sizeBytes: Number(f.size_bytes), sha256: f.sha256, createdAt: iso(f.created_at) };
      }),
      createdAt: iso(ev.created_at),
      updatedAt: iso(ev.updated_at),
    })),
    feedback: feedback.map((f) => ({
      evidenceId: f.evidence_id,
      askedFrom: f.name,
      question: f.question,
      authorName: f.author_name,
      body: f.body,
      askedAt: iso(f.created_at),
      answeredAt: iso(f.answered_at),
    })),
    showcasePages: showcase.pages.map((p) => ({
      title: p.title,
      intro: p.intro,
      showCompetencyChart: p.show_competency_chart,
      items: showcase.items.filter((i) => i.page_id === p.id).map((i) => (i.goal_id ? { goalId: i.goal_id } : { evidenceId: i.evidence_id ?? '' })),
      createdAt: iso(p.created_at),
      updatedAt: iso(p.updated_at),
    })),
    measurements: [
      ...carried.flatMap((a) => a.measurements ?? []),
      ...self.responses.map((r) => ({
        instrument: { code: r.code, version: r.version },
        submittedAt: iso(r.submitted_at ?? new Date(0)),
        answers: Object.fromEntries((answers.get(r.id) ?? []).map((a) => [a.item_code, a.value])),
        scales: (scores.get(r.id) ?? []).map((s) => ({ code: s.scale_code, score: s.score, answered: s.answered, total: s.total })),
      })),
    ],
    conversations: [
      ...carried.flatMap((a) => a.conversations ?? []),
      ...talks.conversations.map((c) => ({
        type: c.type as Dossier['conversations'][number]['type'],
        startsAt: iso(c.starts_at),
        heldAt: c.held_at ? iso(c.held_at) : null,
        agenda: c.agenda,
        experience: c.experience,
        summary: c.student_summary,
        notes: (notes.get(c.id) ?? []).map((n) => ({ phase: n.phase, body: n.body, competencies: (n.competencies ?? []) as string[], createdAt: iso(n.created_at) })),
        actions: (actions.get(c.id) ?? []).map((a) => ({ what: a.what, owner: a.owner as 'student' | 'counsellor' | 'other', dueDate: a.due_date, status: a.status as 'open' | 'done' | 'dropped' })),
      })),
    ],
  };
  return { dossier, files };
}

/**
 * Checks that the student is of this school, records the export (a staff export is a read of the
 * student's file) and returns the zip as a stream; files are read from the store as it is sent.
 */
export async function exportDossier(ctx: AppContext, actor: Actor, studentId: string, ip: string, store: FileStore = fileStoreFor(ctx.env)) {
  const profile = await read.studentProfile(ctx.db, studentId);
  if (!profile || profile.institution_id !== actor.institutionId) throw new AppError('not_found');
  const built = await buildDossier(ctx.db, studentId);
  // A file whose bytes are gone from the store cannot travel; leave it out rather than break the zip.
  const missing = new Set<string>();
  for (const f of built.files) if (!(await store.exists(f.storageKey))) missing.add(f.path);
  if (missing.size > 0) ctx.log.warn({ studentId, missing: missing.size }, 'dossier export: files missing from the store');
  const dossier = { ...built.dossier, evidence: built.dossier.evidence.map((e) => ({ ...e, files: e.files.filter((f) => !missing.has(f.path)) })) };
  const files = built.files.filter((f) => !missing.has(f.path));
  await audit(ctx.db, actor, 'dossier.exported', { studentId, entityType: 'dossier', entityId: studentId, detail: { files: files.length, by: actor.id === studentId ? 'student' : actor.role } }, ip);
  const sources: ZipSource[] = files.map((f) => ({ path: f.path, open: () => store.get(f.storageKey) }));
  const stream: Readable = writeDossierZip(dossier, sources);
  return { filename: `loopbaandossier-${dossier.exportedAt.slice(0, 10)}.zip`, stream };
}
