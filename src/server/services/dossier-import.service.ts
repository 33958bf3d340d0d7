import { randomUUID } from 'node:crypto';
import { DOSSIER_LIMITS, type DossierLimits } from '../../domain/dossier/zip-entries';
import { CONSENT_TEXT, type Dossier, type DossierCounts, type DossierImportResult } from '../../shared/dossier';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { assertCanImportDossier, type Actor } from '../policies/policy';
import { insertDossierImport, insertDossierRows, studentInInstitution, type DossierRows } from '../repositories/dossier-write.repository';
import { relationshipLookup } from '../repositories/relationships.repository';
import { fileStoreFor } from '../storage/index';
import { newStorageKey, type FileStore } from '../storage/file-store';
import { audit } from './audit.service';
import type { DossierArchive } from './dossier-export.service';
import { readDossierZip } from './dossier-zip';

/*
 * Importing a loopbaandossier at intake. Nothing is written until the whole upload has passed
 * every check; then the files go to the store first and all rows follow in one transaction. If
 * anything fails, the stored files are deleted again: a dossier is imported completely or not at all.
 */

export interface ImportInput {
  studentId: string;
  language: 'nl' | 'en';
  /** The student ticked the consent text (CONSENT_TEXT in `language`). */
  consent: boolean;
  bytes: Buffer;
}

export async function importDossier(
  ctx: AppContext,
  actor: Actor,
  input: ImportInput,
  ip: string,
  options: { store?: FileStore; limits?: DossierLimits } = {},
): Promise<DossierImportResult> {
  await assertCanImportDossier(actor, input.studentId, relationshipLookup(ctx.db));
  const student = await studentInInstitution(ctx.db, input.studentId, actor.institutionId);
  if (!student) throw new AppError('not_found');
  if (!input.consent) throw new AppError('dossier_consent_required');

  const result = await readDossierZip(input.bytes, options.limits ?? DOSSIER_LIMITS, input.language);
  if (!result.ok) throw new AppError(result.kind === 'unsafe' ? 'dossier_unsafe' : 'dossier_invalid', { problems: result.problems });
  const { dossier, files } = result;

  const importId = randomUUID();
  const store = options.store ?? fileStoreFor(ctx.env);
  const rows = toRows(dossier, { importId, studentId: input.studentId, institutionId: actor.institutionId });
  const counts = countsOf(dossier);
  const written: string[] = [];
  try {
    for (const file of rows.files) {
      const bytes = files.get(file.pathInZip);
      if (!bytes) throw new Error('file vanished between check and write');
      await store.put(file.row.storage_key, bytes);
      written.push(file.row.storage_key);
    }
    await ctx.db.transaction().execute(async (trx) => {
      const archive: DossierArchive = {
        source: dossier.source,
        student: dossier.student,
        educationHistory: dossier.educationHistory,
        measurements: dossier.measurements,
        conversations: dossier.conversations,
      };
      await insertDossierImport(trx, {
        id: importId,
        institution_id: actor.institutionId,
        student_id: input.studentId,
        imported_by: actor.id,
        consent_given_at: new Date(),
        consent_text: CONSENT_TEXT[input.language],
        source_institution: dossier.source.institution,
        exported_at: new Date(dossier.exportedAt),
        counts: JSON.stringify(counts),
        archive: JSON.stringify(archive),
      });
      await insertDossierRows(trx, { ...rows, files: rows.files.map((f) => f.row) });
      await audit(trx, actor, 'dossier.imported', { studentId: input.studentId, entityType: 'dossier_import', entityId: importId, detail: { source: dossier.source.institution, counts } }, ip);
    });
  } catch (err) {
    await Promise.allSettled(written.map((key) => store.delete(key)));
    throw err;
  }
  return { id: importId, studentId: input.studentId, sourceInstitution: dossier.source.institution, sourceStudentName: dossier.student.name, exportedAt: dossier.exportedAt, counts };
}

export function countsOf(d: Dossier): DossierCounts {
  return {
    goals: d.goals.length,
    evidence: d.evidence.length,
    files: d.evidence.reduce((n, e) => n + e.files.length, 0),
    feedback: d.feedback.length,
    showcasePages: d.showcasePages.length,
    measurements: d.measurements.length,
    conversations: d.conversations.length,
    educationHistory: d.educationHistory.length,
  };
}

/**
 * Fresh ids that sort in the order given: lists are read back ordered by date and then id, so
 * items with the same timestamp keep their order from the dossier.
 */
function orderedIds(n: number): string[] {
  return Array.from({ length: n }, () => randomUUID()).sort();
}

/** Gives each item of a flattened list the next id of one ordered batch. */
function withIds<T>(items: T[]): (T & { id: string })[] {
  const ids = orderedIds(items.length);
  return items.map((item, i) => ({ ...item, id: ids[i] as string }));
}

/** New ids for every item, links rewritten to them, dates kept, everything marked as imported. */
function toRows(d: Dossier, to: { importId: string; studentId: string; institutionId: string }) {
  const newGoalIds = orderedIds(d.goals.length);
  const newEvidenceIds = orderedIds(d.evidence.length);
  const goalIds = new Map(d.goals.map((g, i) => [g.id, newGoalIds[i] as string]));
  const evidenceIds = new Map(d.evidence.map((e, i) => [e.id, newEvidenceIds[i] as string]));
  const goal = (id: string) => goalIds.get(id) as string;
  const evidence = (id: string) => evidenceIds.get(id) as string;
  const author = (byStudent: boolean) => (byStudent ? to.studentId : null);
  const owner = { institution_id: to.institutionId, student_id: to.studentId };
  const rows: Omit<DossierRows, 'files'> & { files: { pathInZip: string; row: DossierRows['files'][number] & { storage_key: string } }[] } = {
    goals: d.goals.map((g) => ({
      id: goal(g.id),
      ...owner,
      title: g.title,
      description: g.description,
      due_on: g.dueOn,
      status: g.status,
      imported_from: to.importId,
      created_at: new Date(g.createdAt),
      updated_at: new Date(g.updatedAt),
    })),
    goalCompetencies: d.goals.flatMap((g) => g.competencies.map((competency) => ({ goal_id: goal(g.id), competency }))),
    goalActions: withIds(d.goals.flatMap((g) =>
      g.actions.map((a) => ({ goal_id: goal(g.id), description: a.description, due_on: a.dueOn, status: a.status, created_at: new Date(a.createdAt), updated_at: new Date(a.updatedAt) })),
    )),
    goalReviews: withIds(d.goals.flatMap((g) => g.reviews.map((r) => ({ goal_id: goal(g.id), author_id: author(r.byStudent), progress: r.progress, note: r.note, created_at: new Date(r.createdAt) })))),
    goalRevisions: withIds(d.goals.flatMap((g) =>
      g.revisions.map((v) => ({ goal_id: goal(g.id), snapshot: JSON.stringify(v.snapshot), changed_by: author(v.byStudent), changed_at: new Date(v.changedAt) })),
    )),
    evidence: d.evidence.map((e) => ({
      id: evidence(e.id),
      ...owner,
      kind: e.kind,
      title: e.title,
      template: e.template,
      body: JSON.stringify(e.body),
      experience_type: e.experienceType,
      organisation: e.organisation,
      happened_on: e.happenedOn,
      status: e.status,
      for_guidance: e.forGuidance,
      imported_from: to.importId,
      created_at: new Date(e.createdAt),
      updated_at: new Date(e.updatedAt),
    })),
    evidenceCompetencies: d.evidence.flatMap((e) => e.competencies.map((competency) => ({ evidence_id: evidence(e.id), competency }))),
    evidenceGoals: d.evidence.flatMap((e) => e.goalIds.map((g) => ({ evidence_id: evidence(e.id), goal_id: goal(g) }))),
    files: d.evidence.flatMap((e) =>
      e.files.map((f) => ({
        pathInZip: f.path,
        row: {
          ...owner,
          evidence_id: evidence(e.id),
          storage_key: newStorageKey(),
          original_name: f.name,
          media_type: f.mediaType,
          size_bytes: f.sizeBytes,
          sha256: f.sha256,
          created_at: new Date(f.createdAt),
        },
      })),
    ),
    feedbackRequests: [],
    feedback: [],
    showcasePages: [],
    showcaseItems: [],
  };
  const requestIds = orderedIds(d.feedback.length);
  const feedbackIds = orderedIds(d.feedback.length);
  for (const [i, f] of d.feedback.entries()) {
    const id = requestIds[i] as string;
    rows.feedbackRequests.push({
      id,
      ...owner,
      evidence_id: f.evidenceId === null ? null : evidence(f.evidenceId),
      name: f.askedFrom,
      question: f.question,
      // Answered long ago at the earlier school: the request is closed, no link or user can answer it.
      expires_at: new Date(f.answeredAt),
      created_at: new Date(f.askedAt),
      answered_at: new Date(f.answeredAt),
      imported_from: to.importId,
    });
    rows.feedback.push({ id: feedbackIds[i], request_id: id, author_name: f.authorName, body: f.body, created_at: new Date(f.answeredAt) });
  }
  const pageIds = orderedIds(d.showcasePages.length);
  for (const [i, p] of d.showcasePages.entries()) {
    const id = pageIds[i] as string;
    rows.showcasePages.push({ id, ...owner, title: p.title, intro: p.intro, show_competency_chart: p.showCompetencyChart, imported_from: to.importId, created_at: new Date(p.createdAt), updated_at: new Date(p.updatedAt) });
    p.items.forEach((item, position) =>
      rows.showcaseItems.push({ page_id: id, position, ...('goalId' in item ? { goal_id: goal(item.goalId) } : { evidence_id: evidence(item.evidenceId) }) }),
    );
  }
  const fileIds = orderedIds(rows.files.length);
  rows.files.forEach((f, i) => (f.row.id = fileIds[i]));
  return rows;
}
