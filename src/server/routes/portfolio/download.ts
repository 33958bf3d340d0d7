import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Download } from '../../services/portfolio-files.service';

/** How a stored file or a generated PDF is sent: always as an attachment, with the type we determined. */
export function sendAttachment(reply: FastifyReply, file: { name: string; mediaType: string; sizeBytes?: number }, body: Download['stream'] | Buffer) {
  const ascii = file.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  reply
    .type(file.mediaType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff');
  if (file.sizeBytes !== undefined) reply.header('content-length', file.sizeBytes);
  // The schema documents binary content; Fastify sends a stream or buffer as is, past the serializer.
  return reply.send(body as unknown as string);
}

export const BinaryResponse = (description: string, mediaType = 'application/octet-stream') => ({
  description,
  content: { [mediaType]: { schema: z.string() } },
});
