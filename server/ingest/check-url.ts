/** checkFeedUrl: the checks a desk's feed URL must pass before it is stored (the guard checks again at every connect). */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { blockedReason } from './address-guard.ts';

/** UrlCheck is the URL to store, or the reason it is refused, phrased for a `400` naming the field. */
export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

/** checkFeedUrl accepts absolute http(s) URLs without credentials whose host does not resolve to a refused address (unless private ones are allowed). */
export async function checkFeedUrl(raw: string, allowPrivate: boolean, resolve: typeof lookup = lookup): Promise<UrlCheck> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, message: 'body/url must be an absolute http or https URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: `body/url must use http or https, not ${url.protocol}` };
  if (url.username || url.password) return { ok: false, message: 'body/url must not carry a user name or password' };
  if (allowPrivate) return { ok: true, url: url.href };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await resolve(host, { all: true })).map((a) => a.address);
    } catch {
      // A name that does not resolve now may resolve later; the source's health will say so meanwhile.
      addresses = [];
    }
  }
  for (const address of addresses) {
    const why = blockedReason(address);
    if (why) return { ok: false, message: `body/url points at ${address}, ${why}; refused (TALLY_ALLOW_PRIVATE_FEEDS=1 allows it)` };
  }
  return { ok: true, url: url.href };
}
