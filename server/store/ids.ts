/** Id helpers: random ids for things people create, stable hashed ids for things derived from feeds. */
import { createHash, randomBytes } from 'node:crypto';

/** newId returns a short random id with a readable prefix, e.g. `src_4kq9x2mz`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, 'x')}`;
}

/** stableId hashes its parts into a short id, so the same claim always gets the same id. */
export function stableId(prefix: string, parts: readonly unknown[]): string {
  const hash = createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
  return `${prefix}_${hash.slice(0, 16)}`;
}

/** slugify turns a title into a URL-friendly id stem. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'event';
}
