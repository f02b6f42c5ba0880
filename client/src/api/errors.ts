/** A refused API call: the HTTP status plus what the server said, in its own words and by code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
    readonly code?: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(messages.join('; ') || `HTTP ${status}`);
    this.name = 'ApiError';
  }

  static from(status: number, body: unknown): ApiError {
    if (typeof body !== 'object' || body === null) return new ApiError(status, []);
    const { message, code, params } = body as { message?: unknown; code?: unknown; params?: unknown };
    const messages = Array.isArray(message) ? message.map(String) : typeof message === 'string' ? [message] : [];
    const safeParams = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
    return new ApiError(status, messages, typeof code === 'string' ? code : undefined, safeParams);
  }

  /**
   * A refused socket event (`{ok: false, error, code}`, see src/chat/chat-errors.ts) as the refused
   * call it stands for: `validation` is a 400 whose messages are joined by "; ", `http.N` and
   * `database.N` carry their status, and any other code is a domain error like those over HTTP.
   */
  static fromSocket(error: unknown, code: unknown): ApiError {
    const text = typeof error === 'string' ? error : '';
    if (code === 'validation') return new ApiError(400, text === '' ? [] : text.split('; '));
    const messages = text === '' ? [] : [text];
    const status = typeof code === 'string' ? /^(?:http|database)\.(\d{3})$/.exec(code)?.[1] : undefined;
    if (status !== undefined) return new ApiError(Number(status), messages);
    if (typeof code !== 'string' || code === 'refused' || code === 'internal') return new ApiError(500, messages);
    return new ApiError(code.endsWith('.not-found') ? 404 : code.endsWith('.rate-limited') ? 429 : 409, messages, code);
  }
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Unwraps an openapi-fetch result: the data, or an ApiError for any non-2xx answer or network failure. */
export async function call<T>(request: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await request;
  } catch {
    throw new ApiError(0, []);
  }
  if (!result.response.ok) throw ApiError.from(result.response.status, result.error);
  return result.data as T;
}

/** Domain error codes that belong to one form field: the first of these names the form has. */
const FIELDS_BY_CODE: Record<string, readonly string[]> = {
  'auth.weak-password': ['password'],
  'auth.email-taken': ['email'],
  'privacy.wrong-password': ['password'],
  'profile.unknown-place': ['placeId'],
  'profile.capacity-hosts-only': ['capacity'],
  'account.weak-password': ['password', 'newPassword'],
  'account.wrong-password': ['currentPassword'],
};

/**
 * The top-level property a class-validator message is about: it starts with the property path
 * ("password must be…", "languages.0.code must be…"), or names it after "property", "each value in"
 * or "All" ("property foo should not exist", "All interests's elements must be unique").
 */
export function fieldOfMessage(message: string): string | undefined {
  const match = /^(?:(?:nested )?property |each value in |All )?([A-Za-z_$][\w$]*)/.exec(message);
  return match?.[1];
}

/**
 * Splits an error into messages per form field and the rest. Validation messages name their
 * property (fieldOfMessage); domain errors name theirs by code.
 */
export function fieldErrors(error: ApiError, fields: readonly string[]): { byField: Record<string, string[]>; other: string[] } {
  const byField: Record<string, string[]> = {};
  const other: string[] = [];
  const codeField = error.code === undefined ? undefined : FIELDS_BY_CODE[error.code]?.find((field) => fields.includes(field));
  for (const message of error.messages) {
    const head = fieldOfMessage(message);
    const field = codeField ?? (head !== undefined && fields.includes(head) ? head : undefined);
    if (field !== undefined && fields.includes(field)) (byField[field] ??= []).push(message);
    else other.push(message);
  }
  return { byField, other };
}
