import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config.js';

test('defaults: the seed design values, and the embedded database under .intake', () => {
  const config = loadConfig({});
  assert.equal(config.databaseUrl, null);
  assert.equal(config.dataDir, resolve('.intake'));
  assert.equal(config.worker.pollIntervalMs, 5000);
  assert.equal(config.worker.batchSize, 3);
  assert.equal(config.logLevel, 'info');
});

test('reads the variables users know', () => {
  const config = loadConfig({
    DATABASE_URL: 'postgresql://u:p@db.example:6543/postgres', IMPORT_WORKER_POLL_INTERVAL: '250',
    IMPORT_WORKER_BATCH_SIZE: '1', IMPORT_WORKER_CONCURRENCY: '8', IMPORT_JOB_LEASE_SECONDS: '2.5',
    IMPORT_JOB_MAX_ATTEMPTS: '7', INTAKE_DATA_DIR: '/var/lib/intake', PORT: '8080', LOG_LEVEL: 'debug',
  });
  assert.equal(config.databaseUrl, 'postgresql://u:p@db.example:6543/postgres');
  assert.deepEqual(config.worker, { pollIntervalMs: 250, batchSize: 1, concurrency: 8, leaseSeconds: 2.5, maxAttempts: 7 });
  assert.equal(config.dataDir, '/var/lib/intake');
  assert.equal(config.port, 8080);
  assert.equal(config.logLevel, 'debug');
});

test('a bad value stops the start with a message naming the variable', () => {
  const bad: Record<string, string> = {
    IMPORT_WORKER_POLL_INTERVAL: 'soon', IMPORT_WORKER_BATCH_SIZE: '0', IMPORT_WORKER_CONCURRENCY: '2.5',
    IMPORT_JOB_LEASE_SECONDS: '-1', IMPORT_JOB_MAX_ATTEMPTS: '', PORT: '80a', LOG_LEVEL: 'loud',
    DATABASE_URL: 'mysql://localhost/db',
  };
  for (const [name, value] of Object.entries(bad)) {
    if (value === '') continue; // empty means unset
    assert.throws(() => loadConfig({ [name]: value }), (error: unknown) =>
      error instanceof ConfigError && error.message.startsWith(`${name}=`), name);
  }
});
