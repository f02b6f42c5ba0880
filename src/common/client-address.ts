import { createRequire } from 'node:module';
import type { IncomingMessage } from 'node:http';

type TrustFunction = (address: string, hop: number) => boolean;
interface ProxyAddr {
  (request: IncomingMessage, trust: TrustFunction): string;
  compile(trusted: string[]): TrustFunction;
}

const require = createRequire(import.meta.url);
// The module Express itself reads X-Forwarded-For with, so sockets and HTTP requests agree on the address.
const proxyAddr = require('proxy-addr') as ProxyAddr;

/** What TRUST_PROXY names: no proxy, a number of hops, or addresses, CIDRs and loopback/linklocal/uniquelocal. */
export type TrustedProxies = false | number | string[];

/** As Express compiles `trust proxy`; throws a TypeError naming an entry it cannot read. */
export function compileTrust(trusted: TrustedProxies): TrustFunction {
  if (trusted === false) return () => false;
  if (typeof trusted === 'number') return (_address, hop) => hop < trusted;
  return proxyAddr.compile(trusted);
}

/** The client's address as Express's `request.ip` gives it, for requests Express never sees (socket handshakes). */
export function clientAddress(request: IncomingMessage, trust: TrustFunction): string {
  return proxyAddr(request, trust);
}
