import { ERRORS, type ErrorId } from '../shared/errors';

/** A failure the client can act on; the id is stable, the message is chosen by language later. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly id: ErrorId,
    readonly details?: unknown,
  ) {
    super(id);
    this.status = ERRORS[id].status;
  }
}

export const forbidden = () => new AppError('forbidden');
export const notFound = () => new AppError('not_found');
