/** The desk session of this browser: whether an admin token is set, signing in and out. */
import { ApiFailure, checkToken, readToken, storeToken } from './admin.ts';

/** DeskSession holds the admin token; desk controls show only while `signedIn`. */
export class DeskSession {
  token = $state<string | null>(readToken());
  signedIn = $derived(this.token !== null);

  /** signIn keeps `token` only once the server accepts it; a refusal throws the server's ApiFailure and keeps nothing. */
  async signIn(token: string): Promise<void> {
    const trimmed = token.trim();
    if (!trimmed) throw new ApiFailure(0, 'bad_request', 'Enter the admin token (TALLY_ADMIN_TOKEN) to sign in.');
    await checkToken(trimmed);
    storeToken(trimmed);
    this.token = trimmed;
  }

  /** signOut forgets the token in this browser. */
  signOut(): void {
    storeToken(null);
    this.token = null;
  }

  /** reload picks up a sign-in or sign-out made in another tab of this browser. */
  reload(): void {
    this.token = readToken();
  }

  /** require returns the token for a write, or throws when the session ended in the meantime. */
  require(): string {
    if (this.token === null) throw new ApiFailure(401, 'unauthorized', 'Sign in to the desk first.');
    return this.token;
  }
}

/** desk is the page's one desk session. */
export const desk = new DeskSession();
