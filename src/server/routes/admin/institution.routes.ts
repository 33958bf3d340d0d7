import { z } from 'zod';
import { localized } from '../../../shared/validation';
import { requireActor } from '../../plugins/auth';
import * as institution from '../../services/institution.service';
import type { RouteModule } from '../types';

const Settings = z.object({ name: z.string(), minGroupSize: z.number(), privateNoteRetentionMonths: z.number() });

export const adminInstitutionRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/admin/institution',
    {
      config: { access: 'structure.manage' },
      schema: { tags: ['admin'], summary: "The institution's settings", response: { 200: Settings } },
    },
    async (request) => institution.getSettings(ctx, requireActor(request)),
  );

  app.patch(
    '/api/admin/institution',
    {
      config: { access: 'structure.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Change the name, the smallest group size managers see figures for (2–100, default 5), or the retention of private notes in months (default 12)',
        body: z.object({
          name: z.string().trim().min(1).max(200).optional(),
          minGroupSize: z
            .number()
            .int()
            .max(100)
            .refine((n) => n >= 2, localized('Kies minstens 2: kleinere groepen zijn tot personen te herleiden.', 'Choose at least 2: smaller groups can be traced to individuals.'))
            .optional(),
          /** Private working notes are deleted this many months after their last change. */
          privateNoteRetentionMonths: z.number().int().min(1).max(120).optional(),
        }),
        response: { 200: Settings },
      },
    },
    async (request) => institution.updateSettings(ctx, requireActor(request), request.body, request.ip),
  );
};
