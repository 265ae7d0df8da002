/** The desk's admin token and its authorised requests: the token lives in localStorage and travels only as a Bearer header. */
import type { ApiError } from '../../shared/types.ts';

const TOKEN_KEY = 'tally.deskToken';

/** ApiFailure is a refused or failed write; `message` is the server's own words, shown to the user as they are. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** readToken returns the stored desk token, or null when this browser is not signed in (or storage is blocked). */
export function readToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** storeToken keeps `token` for this browser, or forgets it when `token` is null. */
export function storeToken(token: string | null): void {
  try {
    if (token === null) localStorage.removeItem(TOKEN_KEY);
    else localStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Private modes may refuse storage: the session then lasts until the tab closes.
  }
}

/** failureFrom turns a non-2xx answer's status and body text into an ApiFailure, keeping the server's message verbatim. */
export function failureFrom(status: number, bodyText: string): ApiFailure {
  try {
    const body = JSON.parse(bodyText) as Partial<ApiError>;
    if (typeof body.message === 'string' && body.message) return new ApiFailure(status, body.error ?? 'error', body.message);
  } catch {
    // Not JSON: a proxy or a crash page; fall through to a plain description.
  }
  return new ApiFailure(status, 'error', `The server answered ${status}${bodyText ? `: ${bodyText.slice(0, 200)}` : ''}`);
}

/** adminRequest sends an authorised JSON request and returns the parsed answer (undefined for 204). */
export async function adminRequest<T>(token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { accept: 'application/json', authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiFailure(0, 'network', 'Tally could not reach the server; check the connection and try again.');
  }
  if (!response.ok) throw failureFrom(response.status, await response.text());
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** checkToken resolves when the server accepts `token` and rejects with the server's ApiFailure when it does not. */
export async function checkToken(token: string): Promise<void> {
  await adminRequest(token, 'GET', '/api/auth');
}
