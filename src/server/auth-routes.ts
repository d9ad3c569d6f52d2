/** Sign-in, sign-out and "who am I" for browser clients (API clients send a bearer token instead). */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Pool } from 'pg';
import { createSession, csrfTokenFor, deleteSession, SESSION_COOKIE } from '../auth/sessions.js';
import { checkCredentials, userProfile } from '../auth/users.js';
import { callerOf } from './authenticate.js';
import { ApiError } from './errors.js';
import { errorResponses } from './schemas.js';
import type { ServerSettings } from './settings.js';

const sessionInfo = z.object({
  user: z.object({ id: z.string(), email: z.string() }),
  organisations: z.array(z.object({ orgId: z.string(), name: z.string(), role: z.enum(['admin', 'member']) })),
  csrfToken: z.string().describe('send as X-CSRF-Token on every state-changing request'),
});

async function describeSession(pool: Pool, userId: string, secret: string) {
  const { organisations, ...user } = await userProfile(pool, userId);
  return { user, organisations, csrfToken: csrfTokenFor(secret) };
}

function setSessionCookie(reply: FastifyReply, secret: string, maxAgeSeconds: number): void {
  // SameSite=Lax keeps the cookie off cross-site POSTs; CSRF tokens cover the rest.
  void reply.setCookie(SESSION_COOKIE, secret, {
    httpOnly: true, sameSite: 'lax', secure: 'auto', path: '/', maxAge: maxAgeSeconds,
  });
}

export function authRoutes(pool: Pool, settings: ServerSettings) {
  return async (app: FastifyInstance) => {
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.post('/api/auth/sign-in', {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        body: z.object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024) }),
        response: { 200: sessionInfo, ...errorResponses },
      },
    }, async (request, reply) => {
      const userId = await checkCredentials(pool, request.body.email, request.body.password);
      if (!userId) throw new ApiError(401, 'invalid_credentials', 'wrong e-mail or password');
      const { secret } = await createSession(pool, userId, settings.sessionTtlSeconds);
      setSessionCookie(reply, secret, settings.sessionTtlSeconds);
      return describeSession(pool, userId, secret);
    });

    api.get('/api/auth/session', {
      schema: { tags: ['auth'], response: { 200: sessionInfo, ...errorResponses } },
    }, async (request) => {
      const caller = callerOf(request);
      if (caller.kind !== 'session') throw new ApiError(400, 'not_a_session', 'API tokens have no session');
      return describeSession(pool, caller.userId, caller.sessionSecret);
    });

    api.post('/api/auth/sign-out', {
      schema: { tags: ['auth'], response: { 204: z.null(), ...errorResponses } },
    }, async (request, reply) => {
      const caller = callerOf(request);
      if (caller.kind === 'session') await deleteSession(pool, caller.sessionSecret);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    });
  };
}
