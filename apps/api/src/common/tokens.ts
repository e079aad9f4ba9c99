import { createHmac, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies and links in e-mails. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as a keyed hash, so a copy of the database cannot sign anybody in. */
export function hashToken(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}
