/** HTTP errors in CONTRACT.md's shape: `{ error, message }`, the message naming the field or id. */

/** HttpError is thrown by routes; the app's error handler turns it into a JSON answer. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, 'bad_request', message);
export const notFound = (message: string) => new HttpError(404, 'not_found', message);
