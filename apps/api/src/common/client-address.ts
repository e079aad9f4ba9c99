import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';
import type { TrustProxy } from '../config/app-config.js';

/**
 * The client's address as TRUST_PROXY says to read it: the connection's own address, or the one the
 * trusted proxies name in X-Forwarded-For. The one place that reads it (rate limits, sign-in
 * throttle); works on Node's request under Express and Fastify alike (Fastify's request.raw).
 */
export function clientAddressReader(trust: TrustProxy): (req: IncomingMessage) => string {
  const trusted = trust === false ? () => false : typeof trust === 'number' ? (_: string, hop: number) => hop < trust : proxyAddr.compile(trust);
  return (req) => (req.socket.remoteAddress ? proxyAddr(req, trusted) : 'unknown');
}
