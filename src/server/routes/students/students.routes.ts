import { z } from 'zod';
import { requireActor } from '../../plugins/auth';
import * as students from '../../services/students.service';
import { IdParams, PageQuery, type RouteModule } from '../types';

const StudentListItem = z.object({
  id: z.string(),
  studentNumber: z.string(),
  name: z.string(),
  programme: z.string().nullable(),
  cohort: z.string().nullable(),
});

const StudentFile = z.object({
  id: z.string(),
  studentNumber: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  gender: z.string().nullable(),
  programme: z.object({ id: z.string(), name: z.string(), level: z.string() }).nullable(),
  cohort: z.object({ id: z.string(), name: z.string(), schoolYear: z.string() }).nullable(),
  enrolments: z.array(
    z.object({
      id: z.string(),
      cohort: z.string(),
      programme: z.string(),
      schoolYear: z.string(),
      startDate: z.string(),
      endDate: z.string().nullable(),
    }),
  ),
  counsellors: z.array(
    z.object({
      assignmentId: z.string(),
      id: z.string(),
      name: z.string(),
      email: z.string().nullable(),
      startDate: z.string(),
      endDate: z.string().nullable(),
    }),
  ),
});

export const studentRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/students',
    {
      config: { access: 'students.list' },
      schema: {
        tags: ['students'],
        summary: 'Students: a counsellor sees their own caseload, an admin the whole institution',
        querystring: PageQuery.extend({ q: z.string().trim().max(100).optional() }),
        response: { 200: z.object({ items: z.array(StudentListItem), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => students.listStudents(ctx, requireActor(request), request.query),
  );

  app.get(
    '/api/students/:id',
    {
      // Who may read which student is a relationship question, answered by the policy in the service.
      config: { access: 'signed-in' },
      schema: {
        tags: ['students'],
        summary: "A student's file (staff reads are audited)",
        params: IdParams,
        response: { 200: StudentFile },
      },
    },
    async (request) => students.getStudentFile(ctx, requireActor(request), request.params.id, request.ip),
  );
};
