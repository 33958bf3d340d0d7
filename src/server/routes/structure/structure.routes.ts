import { z } from 'zod';
import { localized } from '../../../shared/validation';
import { isSchoolYear } from '../../../domain/dates/school-year';
import { LEVELS } from '../../../shared/roles';
import { requireActor } from '../../plugins/auth';
import * as structure from '../../services/structure.service';
import { IdParams, type RouteModule } from '../types';

const Name = z.string().trim().min(1).max(200);
const Code = z.string().trim().min(1).max(20);
const SchoolYear = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{4}$/)
  .refine(isSchoolYear, localized('Het tweede jaar volgt op het eerste, bijvoorbeeld 2026-2027.', 'The second year must follow the first, e.g. 2026-2027.'));

const Sector = z.object({ id: z.string(), name: z.string(), code: z.string() });
const Programme = z.object({ id: z.string(), sectorId: z.string(), name: z.string(), code: z.string(), level: z.enum(LEVELS) });
const Cohort = z.object({ id: z.string(), programmeId: z.string(), name: z.string(), schoolYear: z.string() });

const StructureTree = z.object({
  sectors: z.array(
    Sector.extend({
      programmes: z.array(
        Programme.omit({ sectorId: true }).extend({
          cohorts: z.array(z.object({ id: z.string(), name: z.string(), schoolYear: z.string(), studentCount: z.number().int() })),
        }),
      ),
    }),
  ),
});

const SectorInput = z.object({ name: Name, code: Code });
const ProgrammeInput = z.object({ sectorId: z.uuid(), name: Name, code: Code, level: z.enum(LEVELS) });
const CohortInput = z.object({ programmeId: z.uuid(), name: Name, schoolYear: SchoolYear });

export const structureRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/structure',
    {
      config: { access: 'structure.read' },
      schema: {
        tags: ['structure'],
        summary: 'Sectors, programmes and cohorts with the number of actively enrolled students',
        response: { 200: StructureTree },
      },
    },
    async (request) => structure.getStructure(ctx, requireActor(request)),
  );

  app.post(
    '/api/admin/sectors',
    {
      config: { access: 'structure.manage' },
      schema: { tags: ['structure'], summary: 'Create a sector', body: SectorInput, response: { 201: Sector } },
    },
    async (request, reply) => reply.code(201).send(await structure.createSector(ctx, requireActor(request), request.body, request.ip)),
  );

  app.patch(
    '/api/admin/sectors/:id',
    {
      config: { access: 'structure.manage' },
      schema: {
        tags: ['structure'],
        summary: 'Rename a sector or change its code',
        params: IdParams,
        body: SectorInput.partial(),
        response: { 200: Sector },
      },
    },
    async (request) => structure.updateSector(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );

  app.post(
    '/api/admin/programmes',
    {
      config: { access: 'structure.manage' },
      schema: { tags: ['structure'], summary: 'Create a programme in a sector', body: ProgrammeInput, response: { 201: Programme } },
    },
    async (request, reply) => reply.code(201).send(await structure.createProgramme(ctx, requireActor(request), request.body, request.ip)),
  );

  app.patch(
    '/api/admin/programmes/:id',
    {
      config: { access: 'structure.manage' },
      schema: {
        tags: ['structure'],
        summary: 'Change a programme (name, code, level or sector)',
        params: IdParams,
        body: ProgrammeInput.partial(),
        response: { 200: Programme },
      },
    },
    async (request) => structure.updateProgramme(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );

  app.post(
    '/api/admin/cohorts',
    {
      config: { access: 'structure.manage' },
      schema: { tags: ['structure'], summary: 'Create a cohort (class) of a programme for a school year', body: CohortInput, response: { 201: Cohort } },
    },
    async (request, reply) => reply.code(201).send(await structure.createCohort(ctx, requireActor(request), request.body, request.ip)),
  );

  app.patch(
    '/api/admin/cohorts/:id',
    {
      config: { access: 'structure.manage' },
      schema: {
        tags: ['structure'],
        summary: 'Change a cohort (name, school year or programme)',
        params: IdParams,
        body: CohortInput.partial(),
        response: { 200: Cohort },
      },
    },
    async (request) => structure.updateCohort(ctx, requireActor(request), request.params.id, request.body, request.ip),
  );
};
