/**
 * Secrets that travel (session cookies, API tokens, the worker secret) are random strings; the
 * database only ever holds their SHA-256 digest, so a leaked table grants nothing. Comparisons run
 * on digests of equal length with crypto.timingSafeEqual, so timing says nothing about how much of a
 * guess was right.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url: 256 bits, safe in cookies, headers and URLs. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function digest(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** Constant-time equality of two secrets of any length (their digests always have equal length). */
export function secretsEqual(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Constant-time check of a secret against a stored digest. */
export function matchesDigest(given: string, storedDigest: Buffer): boolean {
  const computed = digest(given);
  return storedDigest.length === computed.length && timingSafeEqual(computed, storedDigest);
}
