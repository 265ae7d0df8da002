/** Turning a failed desk action into the words shown to the user. */
import { ApiFailure } from '../../lib/admin.ts';

/** errorText is the server's message as it was sent, or the error's own message for anything else. */
export function errorText(error: unknown): string {
  if (error instanceof ApiFailure) return error.message;
  return error instanceof Error ? error.message : String(error);
}
