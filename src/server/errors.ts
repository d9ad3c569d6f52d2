/**
 * One error shape for every answer that is not a success: `{ error: { code, message } }`, whatever
 * failed — our own checks, schema validation, body limits, the multipart parser or the rate limiter.
 * Server faults answer a generic message; the details go to the log only.
 */
import type { FastifyError, FastifyInstance } from 'fastify';

export class ApiError extends Error {
  constructor(readonly statusCode: number, readonly code: string, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);

/** Codes of the errors Fastify and its plugins raise, by status, for clients that switch on `code`. */
const CODES_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  406: 'not_acceptable',
  409: 'conflict',
  413: 'too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send(errorBody('not_found', `no route ${request.method} ${request.url.split('?')[0]}`));
  });

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) return reply.code(error.statusCode).send(errorBody(error.code, error.message));
    const status = error.statusCode ?? 500;
    if ('validation' in error && error.validation) {
      return reply.code(400).send(errorBody('invalid_request', error.message));
    }
    if (status >= 400 && status < 500) {
      return reply.code(status).send(errorBody(CODES_BY_STATUS[status] ?? 'bad_request', error.message));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(errorBody('internal_error', 'the server could not complete the request'));
  });
}
