/**
 * Serves the web app (built by Vite into dist/web) from the API's own server:
 *   - /assets/* — content-hashed file names, so cached for a year as immutable;
 *   - other files of the build (favicon) — cached briefly;
 *   - any other GET outside /api/ and /assets/ — index.html, so client-side routes are real URLs; never
 *     cached, so a new deployment is picked up on the next load.
 * Every answer from here carries a strict Content-Security-Policy: scripts and styles from this origin
 * only (the build has no inline script), no plugins, no framing, and Trusted Types required, so a DOM
 * sink such as innerHTML throws even if some code path ever tried to feed document text into it.
 * It lives outside src/web because the root TypeScript build (which compiles the server) skips src/web.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm run build:web` writes: dist/web, whether this file runs from src/ or from dist/. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../dist/web/', import.meta.url));

export const WEB_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

const YEAR_SECONDS = 365 * 24 * 3600;

function sendIndex(reply: FastifyReply, html: string): FastifyReply {
  return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
}

export function webApp(options: { root?: string } = {}) {
  const root = options.root ?? DEFAULT_WEB_ROOT;
  return async (app: FastifyInstance) => {
    const indexPath = join(root, 'index.html');
    if (!existsSync(indexPath)) {
      app.log.warn({ root }, 'the web app is not built (npm run build:web): only the API is served');
      return;
    }
    const index = readFileSync(indexPath, 'utf8');

    // Hooks here apply to this plugin's routes only; they override helmet's API-wide policy.
    app.addHook('onSend', async (_request, reply, payload) => {
      reply.header('content-security-policy', WEB_CSP);
      return payload;
    });

    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      globIgnore: ['index.html'],
      cacheControl: false,
      schemaHide: true,
      setHeaders(reply: unknown, path: string) {
        const immutable = path.includes('/assets/');
        (reply as FastifyReply).header('cache-control', immutable ? `public, max-age=${YEAR_SECONDS}, immutable` : 'public, max-age=3600');
      },
    });

    const fallback = async (request: { url: string }, reply: FastifyReply) => {
      // API paths and build files answer 404: HTML in place of a missing script would only confuse.
      if (/^\/(api|assets)(\/|$|\?)/.test(request.url)) return reply.callNotFound();
      return sendIndex(reply, index);
    };
    app.get('/', { config: { public: true }, schema: { hide: true } }, fallback);
    app.get('/*', { config: { public: true }, schema: { hide: true } }, fallback);
  };
}
