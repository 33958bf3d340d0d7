import { z } from 'zod';
import { publishedInstruments } from '../../services/instruments.service';
import type { RouteModule } from '../types';

const Text = z.object({ nl: z.string(), en: z.string() });

const Instrument = z.object({
  code: z.string(),
  version: z.number(),
  title: Text,
  description: Text,
  responseScale: z.object({ min: z.number(), max: z.number(), labels: z.array(Text) }),
  respondents: z.array(z.object({ role: z.enum(['student', 'counsellor', 'supervisor']), about: z.enum(['self', 'student']) })),
  scales: z.array(
    z.object({
      code: z.string(),
      title: Text,
      explanation: Text,
      suggestion: Text,
      items: z.array(z.object({ code: z.string(), text: Text, reverse: z.boolean() })),
    }),
  ),
});

export const instrumentRoutes: RouteModule = (app) => {
  app.get(
    '/api/instruments',
    {
      // The questions themselves are not personal data; answers are guarded where they are stored.
      config: { access: 'signed-in' },
      schema: {
        tags: ['instruments'],
        summary: 'Published instruments (questionnaires) with their scales, items and response scale, in Dutch and English',
        response: { 200: z.object({ items: z.array(Instrument) }) },
      },
    },
    async () => ({ items: publishedInstruments() }),
  );
};
