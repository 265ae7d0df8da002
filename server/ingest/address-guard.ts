/**
 * The address guard: feed URLs may not reach loopback, private, link-local or otherwise reserved
 * addresses. It is checked when connecting, on every hop, so neither a redirect nor a DNS answer that
 * changes between check and use (rebinding) can get round it.
 */
import { type LookupAddress, lookup as dnsLookup } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent } from 'undici';

const blocked = new BlockList();
const V4: Array<[string, number, string]> = [
  ['0.0.0.0', 8, 'a "this network" address'], ['10.0.0.0', 8, 'a private address'], ['100.64.0.0', 10, 'a carrier-grade NAT address'],
  ['127.0.0.0', 8, 'a loopback address'], ['169.254.0.0', 16, 'a link-local address'], ['172.16.0.0', 12, 'a private address'],
  ['192.0.0.0', 24, 'a reserved address'], ['192.0.2.0', 24, 'a documentation address'], ['192.88.99.0', 24, 'a reserved address'],
  ['192.168.0.0', 16, 'a private address'], ['198.18.0.0', 15, 'a benchmarking address'], ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'], ['224.0.0.0', 4, 'a multicast address'], ['240.0.0.0', 4, 'a reserved address'],
];
const V6: Array<[string, number, string]> = [
  ['::', 128, 'an unspecified address'], ['::1', 128, 'a loopback address'], ['64:ff9b::', 96, 'a NAT64 address'], ['100::', 64, 'a discard address'],
  ['2001::', 23, 'a reserved address'], ['2001:db8::', 32, 'a documentation address'], ['2002::', 16, 'a 6to4 address'],
  ['fc00::', 7, 'a private address'], ['fe80::', 10, 'a link-local address'], ['ff00::', 8, 'a multicast address'],
];
const reasons: Array<[BlockList, string]> = [];
for (const [net, prefix, why] of V4) {
  const list = new BlockList();
  list.addSubnet(net, prefix, 'ipv4');
  reasons.push([list, why]);
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix, why] of V6) {
  const list = new BlockList();
  list.addSubnet(net, prefix, 'ipv6');
  reasons.push([list, why]);
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** blockedReason says why an IP may not be fetched ("a loopback address"), or null when it is public. */
export function blockedReason(ip: string): string | null {
  const family = isIP(ip);
  if (family === 0) return 'not an IP address';
  // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it carries.
  const mapped = family === 6 ? ip.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)?.[1] : undefined;
  if (mapped) return blockedReason(mapped);
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (!blocked.check(ip, type)) return null;
  return reasons.find(([list]) => list.check(ip, type))?.[1] ?? 'a reserved address';
}

/** AddressRefusedError is thrown when a feed URL leads to a refused address. */
export class AddressRefusedError extends Error {
  readonly code = 'ADDRESS_REFUSED';
}

/** GuardOptions: `isRefused` decides which IPs are refused (tests narrow it); `lookup` resolves names (tests inject answers). */
export interface GuardOptions {
  isRefused?: (ip: string) => string | null;
  lookup?: typeof dnsLookup;
  connectTimeoutMs?: number;
}

/** refusalOf checks a URL's host when it is an IP literal (no DNS lookup happens for those). */
export function refusalOf(url: URL, isRefused: (ip: string) => string | null = blockedReason): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) === 0) return null;
  const why = isRefused(host);
  return why ? `ingest: feed ${url.href} points at ${host}, ${why}; refused (TALLY_ALLOW_PRIVATE_FEEDS=1 allows it)` : null;
}

/** guardedLookup resolves a host name and refuses the answer if any address in it is refused. */
export function guardedLookup(options: GuardOptions = {}): typeof dnsLookup {
  const resolve = options.lookup ?? dnsLookup;
  const isRefused = options.isRefused ?? blockedReason;
  return ((hostname: string, opts: unknown, callback: (...args: unknown[]) => void) => {
    const lookupOptions = (typeof opts === 'object' && opts !== null ? opts : {}) as { all?: boolean; family?: number };
    resolve(hostname, { ...lookupOptions, all: true }, (err, addresses) => {
      if (err) return callback(err);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => isRefused(a.address));
      if (bad) {
        const error = new AddressRefusedError(`ingest: ${hostname} resolves to ${bad.address}, ${isRefused(bad.address)}; refused (TALLY_ALLOW_PRIVATE_FEEDS=1 allows it)`);
        return callback(error);
      }
      if (lookupOptions.all) return callback(null, list);
      const [first] = list;
      if (!first) return callback(new Error(`ingest: ${hostname} has no address`));
      return callback(null, first.address, first.family);
    });
  }) as typeof dnsLookup;
}

/** guardedAgent is an HTTP dispatcher whose every connection goes through the guard (and a connect timeout). */
export function guardedAgent(options: GuardOptions = {}): Agent {
  return new Agent({ connect: { lookup: guardedLookup(options), timeout: options.connectTimeoutMs ?? 10_000 } });
}

/** openAgent is the dispatcher for TALLY_ALLOW_PRIVATE_FEEDS=1 and Tally's own demo feeds: same timeouts, no guard. */
export function openAgent(connectTimeoutMs = 10_000): Agent {
  return new Agent({ connect: { timeout: connectTimeoutMs } });
}
