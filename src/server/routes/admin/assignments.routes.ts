import { z } from 'zod';
import { localized } from '../../../shared/validation';
import { requireActor } from '../../plugins/auth';
import * as assignments from '../../services/assignments.service';
import { enrol } from '../../services/enrolments.service';
import { IdParams, type RouteModule } from '../types';

const IsoDate = z.iso.date();

const Assignment = z.object({
  id: z.string(),
  counsellor: z.object({ id: z.string(), name: z.string() }),
  student: z.object({ id: z.string(), name: z.string(), studentNumber: z.string() }),
  startDate: z.string(),
  endDate: z.string().nullable(),
});

const AssignmentQuery = z
  .object({
    studentId: z.uuid().optional(),
    counsellorId: z.uuid().optional(),
    includeEnded: z.enum(['true', 'false']).default('false'),
  })
  // The list is not paged, so it is always about one student or one counsellor's caseload.
  .refine((q) => q.studentId !== undefined || q.counsellorId !== undefined, {
    path: ['studentId'],
    ...localized('Kies een student of een SLB\'er.', 'Give studentId or counsellorId.'),
  });

/** Counsellor assignments and enrolments: who is in which class and who counsels them. */
export const adminAssignmentRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/admin/assignments',
    {
      config: { access: 'assignments.manage' },
      schema: {
        tags: ['admin'],
        summary: "A student's counsellors or a counsellor's students; ended assignments only with includeEnded=true",
        querystring: AssignmentQuery,
        response: { 200: z.object({ items: z.array(Assignment) }) },
      },
    },
    async (request) => {
      const { studentId, counsellorId, includeEnded } = request.query;
      return assignments.listAssignments(ctx, requireActor(request), { studentId, counsellorId, includeEnded: includeEnded === 'true' });
    },
  );

  app.post(
    '/api/admin/assignments',
    {
      config: { access: 'assignments.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Assign up to 500 students to a counsellor; students the counsellor already has are skipped',
        body: z.object({ counsellorId: z.uuid(), studentIds: z.array(z.uuid()).min(1).max(500), startDate: IsoDate }),
        response: {
          201: z.object({
            created: z.number().int(),
            skipped: z.number().int(),
            skippedStudents: z.array(z.object({ id: z.string(), name: z.string() })),
          }),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await assignments.assignStudents(ctx, requireActor(request), request.body, request.ip)),
  );

  app.post(
    '/api/admin/assignments/:id/end',
    {
      config: { access: 'assignments.manage' },
      schema: {
        tags: ['admin'],
        summary: 'End an assignment on a date (it stays in the history)',
        params: IdParams,
        body: z.object({ endDate: IsoDate }),
        response: { 200: Assignment },
      },
    },
    async (request) => assignments.endAssignment(ctx, requireActor(request), request.params.id, request.body.endDate, request.ip),
  );

  app.post(
    '/api/admin/enrolments',
    {
      config: { access: 'enrolments.manage' },
      schema: {
        tags: ['admin'],
        summary: "Enrol a student in a cohort from a date; the student's running enrolment ends on that date",
        body: z.object({ studentId: z.uuid(), cohortId: z.uuid(), startDate: IsoDate }),
        response: {
          201: z.object({
            id: z.string(),
            studentId: z.string(),
            cohortId: z.string(),
            startDate: z.string(),
            endDate: z.string().nullable(),
            endedEnrolmentIds: z.array(z.string()),
          }),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await enrol(ctx, requireActor(request), request.body, request.ip)),
  );
};
