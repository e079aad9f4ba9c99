import type { IncomingMessage, ServerResponse } from 'node:http';

export const SESSION_COOKIE = 'cb_session';

export function readSessionCookie(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}

/** httpOnly (no script can read it), SameSite=Lax (not sent on cross-site posts), Secure behind https. */
export function writeSessionCookie(res: ServerResponse, token: string | null, maxAgeSeconds: number, secure: boolean): void {
  const attributes = [`${SESSION_COOKIE}=${token ?? ''}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${token ? maxAgeSeconds : 0}`];
  if (secure) attributes.push('Secure');
  res.setHeader('Set-Cookie', attributes.join('; '));
}
