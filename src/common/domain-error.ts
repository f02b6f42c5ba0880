/** What went wrong, in terms a client can act on; the HTTP filter maps each kind to a status. */
export type DomainErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'rate-limited';

/**
 * Thrown by services for expected refusals. `code` is stable and machine-readable
 * (the web client translates by it); `message` is a plain English sentence.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    return new DomainError('not-found', `${what}.not-found`, `${capitalise(what)} not found`);
  }

  static conflict(code: string, message: string, params?: Record<string, unknown>): DomainError {
    return new DomainError('conflict', code, message, params);
  }

  static invalid(code: string, message: string, params?: Record<string, unknown>): DomainError {
    return new DomainError('invalid', code, message, params);
  }

  static forbidden(code: string, message: string): DomainError {
    return new DomainError('forbidden', code, message);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
