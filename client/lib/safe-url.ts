/** Links that come from feeds are only followed when they are plain web addresses. */

/** safeHref returns `url` when it is http(s), else null, so a feed cannot plant a javascript: link. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
