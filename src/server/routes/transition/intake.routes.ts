import { z } from 'zod';
import { HandoverTick, IntakeSave, IntakeView } from '../../../shared/intake';
import { requireActor } from '../../plugins/auth';
import * as intake from '../../services/intake.service';
import { ErrorResponse, IdParams, type RouteModule } from '../types';

/** The intake of a new student: prior education, learning history, study choice check, support needs, first steps, warm handover. */
export const intakeRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/students/:id/intake',
    {
      config: { access: { student: 'intake' } },
      schema: {
        tags: ['transition'],
        summary: "The intake of the student's current enrolment (null when none yet) with the dossiers imported for them; the student, their counsellor, an admin (staff reads audited)",
        params: IdParams,
        response: { 200: IntakeView },
      },
    },
    async (request) => intake.getIntake(ctx, requireActor(request), request.params.id, request.ip),
  );

  app.put(
    '/api/students/:id/intake',
    {
      config: { access: { student: 'intake-edit' } },
      schema: {
        tags: ['transition'],
        summary: 'Create (version 0) or update the intake with the version last seen; complete it with status "complete"',
        params: IdParams,
        body: IntakeSave,
        response: {
          200: IntakeView,
          400: ErrorResponse.describe('intake_incomplete with details.missing [field]'),
          409: ErrorResponse.describe('intake_changed (stale version) or intake_no_enrolment'),
        },
      },
    },
    async (request) => intake.saveIntake(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );

  app.put(
    '/api/students/:id/intake/handover/:code',
    {
      config: { access: { student: 'intake-edit' } },
      schema: {
        tags: ['transition'],
        summary: 'Tick or untick an item of the warm-handover checklist (who and when are kept)',
        params: IdParams.extend({ code: z.string().max(40) }),
        body: HandoverTick,
        response: { 200: IntakeView },
      },
    },
    async (request) => intake.tickHandover(ctx, requireActor(request), request.params.id, request.params.code, request.body.done, request.ip),
  );
};
