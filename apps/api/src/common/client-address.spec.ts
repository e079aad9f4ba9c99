import type { IncomingMessage } from 'node:http';
import { clientAddressReader } from './client-address';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, connection: { remoteAddress }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as IncomingMessage;

describe('clientAddressReader', () => {
  it('believes no header unless told (a client could write any X-Forwarded-For)', () => {
    expect(clientAddressReader(false)(request('203.0.113.9', '198.51.100.1'))).toBe('203.0.113.9');
  });

  it('takes the address one hop before the proxy, with a hop count of 1', () => {
    expect(clientAddressReader(1)(request('10.0.0.2', '198.51.100.1, 198.51.100.7'))).toBe('198.51.100.7');
  });

  it('believes only the listed proxies', () => {
    const read = clientAddressReader(['10.0.0.0/8']);
    expect(read(request('10.0.0.2', '198.51.100.7'))).toBe('198.51.100.7');
    expect(read(request('203.0.113.9', '198.51.100.7'))).toBe('203.0.113.9');
  });
});
