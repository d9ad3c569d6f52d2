/**
 * Routes for the operator's machines (a cron job driving the queue, a Prometheus scraper) are not
 * called by users: they take a shared bearer secret from the environment, compared in constant time.
 * A route whose secret is unset or shorter than MIN_OPERATOR_SECRET_LENGTH refuses everything, so a
 * forgotten variable closes the route rather than opening it.
 */
import type { FastifyRequest } from 'fastify';
import { secretsEqual } from '../auth/secrets.js';
import { bearerToken } from './authenticate.js';
import { ApiError } from './errors.js';

export const MIN_OPERATOR_SECRET_LENGTH = 32;

/**
 * A check for one route: `name` words the errors (`worker_secret` → 503 `worker_secret_unset`,
 * 401 `invalid_worker_secret`), `variable` is the environment variable that sets the secret.
 */
export function operatorSecretCheck(name: string, variable: string, secret: string | null): (request: FastifyRequest) => void {
  const usable = secret !== null && secret.length >= MIN_OPERATOR_SECRET_LENGTH;
  return (request) => {
    if (!usable) {
      throw new ApiError(503, `${name}_unset`, `set ${variable} (at least ${MIN_OPERATOR_SECRET_LENGTH} characters) to use this route`);
    }
    const given = bearerToken(request);
    if (given === null || !secretsEqual(given, secret!)) throw new ApiError(401, `invalid_${name}`, `wrong or missing ${name.replace('_', ' ')}`);
  };
}
