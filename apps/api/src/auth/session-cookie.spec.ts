import type { IncomingMessage, ServerResponse } from 'node:http';
import { readSessionCookie, writeSessionCookie } from './session-cookie';

const req = (cookie?: string) => ({ headers: { cookie } }) as IncomingMessage;

describe('session cookie', () => {
  it('reads the session among other cookies', () => {
    expect(readSessionCookie(req('theme=dark; cb_session=abc-123; x=1'))).toBe('abc-123');
    expect(readSessionCookie(req('theme=dark'))).toBeNull();
    expect(readSessionCookie(req())).toBeNull();
  });

  it('writes httpOnly and SameSite=Lax, Secure only behind https, and clears with Max-Age=0', () => {
    const headers: Record<string, string> = {};
    const res = {
      setHeader: (name: string, value: string) => {
        headers[name] = value;
      },
    } as unknown as ServerResponse;
    writeSessionCookie(res, 'tok', 60, false);
    expect(headers['Set-Cookie']).toBe('cb_session=tok; Path=/; HttpOnly; SameSite=Lax; Max-Age=60');
    writeSessionCookie(res, 'tok', 60, true);
    expect(headers['Set-Cookie']).toMatch(/; Secure$/);
    writeSessionCookie(res, null, 60, false);
    expect(headers['Set-Cookie']).toBe('cb_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0');
  });
});
