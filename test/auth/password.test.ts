import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, verifyPassword } from '../../src/auth/password.js';
import { digest, matchesDigest, newSecret, secretsEqual } from '../../src/auth/secrets.js';

test('scrypt hashes: the right password verifies, a wrong one does not, salts differ', async () => {
  const hash = await hashPassword('correct horse');
  assert.match(hash, /^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
  assert.equal(await verifyPassword('correct horse', hash), true);
  assert.equal(await verifyPassword('correct horsE', hash), false);
  assert.notEqual(await hashPassword('correct horse'), hash);
  assert.equal(await verifyPassword('correct horse', 'md5$abc'), false);
});

test('secrets: random, compared by digest whatever their lengths', () => {
  const secret = newSecret('intk_');
  assert.match(secret, /^intk_[\w-]{43}$/);
  assert.notEqual(newSecret(), newSecret());
  assert.equal(secretsEqual(secret, secret), true);
  assert.equal(secretsEqual(secret, `${secret}x`), false);
  assert.equal(secretsEqual('', secret), false);
  assert.equal(matchesDigest(secret, digest(secret)), true);
  assert.equal(matchesDigest(secret, digest(`${secret}x`)), false);
  assert.equal(matchesDigest(secret, Buffer.alloc(3)), false);
});
