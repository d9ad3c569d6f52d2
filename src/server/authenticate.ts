/**
 * Every /api route, unless its config says `public: true`, is answered only for a caller:
 *   - `Authorization: Bearer intk_…` → an API token, speaking for its one organisation;
 *   - else the session cookie → a signed-in user, speaking for their memberships. A state-changing
 *     request (not GET/HEAD/OPTIONS) with the cookie must also carry `X-CSRF-Token` (see sessions.ts).
 * A bearer header that is not a valid token fails: it never falls back to the cookie.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import type { Caller } from '../auth/caller.js';
import { csrfTokenValid, findSession, SESSION_COOKIE } from '../auth/sessions.js';
import { findApiToken } from '../auth/tokens.js';
import { ApiError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a caller (health, sign-in, the OpenAPI document, the worker-secret route). */
    public?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1]! : null;
}

async function resolveCaller(pool: Pool, request: FastifyRequest): Promise<Caller> {
  const token = bearerToken(request);
  if (token !== null) {
    const found = await findApiToken(pool, token);
    if (!found) throw new ApiError(401, 'invalid_token', 'the bearer token is not valid');
    return { kind: 'token', tokenId: found.tokenId, orgIds: [found.orgId] };
  }
  const secret = request.cookies[SESSION_COOKIE];
  const session = secret ? await findSession(pool, secret) : null;
  if (!secret || !session) throw new ApiError(401, 'unauthenticated', 'sign in or send an API token');
  if (!SAFE_METHODS.has(request.method) && !csrfTokenValid(secret, request.headers['x-csrf-token'] as string | undefined)) {
    throw new ApiError(403, 'csrf_failed', 'missing or wrong X-CSRF-Token header');
  }
  return { kind: 'session', userId: session.userId, orgIds: session.orgIds, sessionSecret: secret };
}

export function installAuthentication(app: FastifyInstance, pool: Pool): void {
  app.decorateRequest('caller', null);
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.public || !request.url.startsWith('/api/')) return;
    request.caller = await resolveCaller(pool, request);
  });
}

/** The caller of an authenticated route (the hook has run). */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw new ApiError(401, 'unauthenticated', 'sign in or send an API token');
  return request.caller;
}
