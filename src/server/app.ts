/**
 * The HTTP API: `buildServer({ pool, config, log })` returns a Fastify app, not yet listening.
 *
 * Every route: a caller (authenticate.ts) and the caller's organisations only; request bodies under a
 * limit (1 MiB unless a route says otherwise); zod schemas validate input and document the API at
 * /api/openapi.json; security headers (helmet); errors as `{ error: { code, message } }` (errors.ts).
 * One LISTEN connection (JobUpdates) feeds the live event streams and the metrics.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Pool } from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { ImportTask } from '../jobs/types.js';
import { createMetrics } from '../metrics.js';
import { createImportTask } from '../worker/import-task.js';
import { webApp } from '../server-web.js';
import { authRoutes } from './auth-routes.js';
import { installAuthentication } from './authenticate.js';
import { installErrorHandling } from './errors.js';
import { eventRoutes } from './events.js';
import { healthRoutes } from './health.js';
import { importJobRoutes } from './import-jobs.js';
import { documentImportBody, importRoutes } from './imports.js';
import { JobUpdates } from './job-updates.js';
import { loadServerSettings, type ServerSettings } from './settings.js';
import { queueRoutes } from './queue.js';
import { showRoutes } from './shows.js';
import { sourceTextRoutes } from './source-text.js';
import { workerProcessRoutes } from './worker-process.js';

export interface ServerOptions {
  pool: Pool;
  config: Config;
  log: Logger;
  /** Where JobUpdates listens; defaults to config.databaseUrl, then the pool's own connection string. */
  databaseUrl?: string;
  /** Overrides of the environment's server settings (tests, embedding). */
  settings?: Partial<ServerSettings>;
  /** The work POST /api/import-worker/process runs; defaults to the import task workers run. */
  task?: ImportTask;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { pool, config, log } = options;
  const settings = { ...loadServerSettings(), ...options.settings };
  const databaseUrl = options.databaseUrl ?? config.databaseUrl ?? pool.options.connectionString;
  if (!databaseUrl) throw new Error('buildServer: no database URL to listen for job updates on');

  const app = Fastify({ loggerInstance: log as FastifyBaseLogger, bodyLimit: 1024 * 1024, trustProxy: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  const updates = new JobUpdates(log);
  const metrics = createMetrics(pool);
  updates.observe(metrics.onJobUpdate);
  updates.start(databaseUrl);
  app.addHook('onClose', () => updates.close());

  await app.register(helmet, { contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } } });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, {
    limits: {
      fileSize: settings.maxFileBytes, files: settings.maxFiles, fields: 20,
      fieldSize: settings.maxPastedChars * 4, parts: settings.maxFiles + 20,
    },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Intake API', version: '1' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'API token (intake token create --org ORG)' },
          session: { type: 'apiKey', in: 'cookie', name: 'intake_session' },
          workerSecret: { type: 'http', scheme: 'bearer', description: 'IMPORT_WORKER_SECRET' },
          metricsToken: { type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (document) => {
      if (!('openapiObject' in document)) return document.swaggerObject;
      documentImportBody(document.openapiObject);
      return document.openapiObject;
    },
  });
  installAuthentication(app, pool);

  await app.register(healthRoutes(pool, metrics, settings.metricsToken));
  await app.register(authRoutes(pool, settings));
  await app.register(importRoutes(pool, settings, config.worker.maxAttempts));
  await app.register(importJobRoutes(pool));
  await app.register(eventRoutes(pool, updates, settings.sseHeartbeatMs));
  await app.register(sourceTextRoutes(pool));
  await app.register(queueRoutes(pool));
  await app.register(showRoutes(pool));
  await app.register(workerProcessRoutes(pool, settings.workerSecret, config.worker, options.task ?? createImportTask(pool), log));

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  // The web app (when built) at /, with its own CSP; /api paths it does not know fall through to 404.
  await app.register(webApp());
  return app;
}
