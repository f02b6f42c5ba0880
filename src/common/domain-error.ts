import { HttpStatus } from '@nestjs/common';

/** The statuses an expected refusal answers with; anything else is not a domain error. */
export type RefusalStatus =
  | HttpStatus.BAD_REQUEST
  | HttpStatus.UNAUTHORIZED
  | HttpStatus.FORBIDDEN
  | HttpStatus.NOT_FOUND
  | HttpStatus.CONFLICT
  | HttpStatus.TOO_MANY_REQUESTS;

/**
 * How the pure state machines classify their refusals (`matchErrorKind`, `meetupErrorKind`). They
 * cannot import this file; the literals they return are these kinds.
 */
export type DomainErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'rate-limited';

export const STATUS_OF_KIND: Readonly<Record<DomainErrorKind, RefusalStatus>> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  'rate-limited': HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * Thrown by services for expected refusals. `code` is stable and machine-readable (the web client
 * translates by it); `message` is a plain English sentence; `status` is what the code maps to.
 * Only a module's catalogue makes one, so a code outside the module's union does not compile.
 */
export class DomainError<Code extends string = string> extends Error {
  private constructor(
    readonly code: Code,
    readonly status: RefusalStatus,
    message: string,
    readonly params: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** A module's refusals: its closed union of codes, and `statusOf`, its exhaustive code → status mapping. */
  static catalogue<Code extends string>(statusOf: (code: Code) => RefusalStatus): ErrorCatalogue<Code> {
    const refusal = (code: Code, message: string, params: Record<string, unknown> = {}): DomainError<Code> =>
      new DomainError(code, statusOf(code), message, params);
    return {
      statusOf,
      refusal,
      // Sound by NotFoundSubject: `what` is exactly the part of one of the module's `<what>.not-found` codes.
      notFound: (what) => refusal(`${what}.not-found` as Code, `${capitalise(what)} not found`),
    };
  }
}

/** Use this rather than `instanceof`, which would type the code of a generic class as `any`. */
export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

export interface ErrorCatalogue<Code extends string> {
  readonly statusOf: (code: Code) => RefusalStatus;
  readonly refusal: (code: Code, message: string, params?: Record<string, unknown>) => DomainError<Code>;
  /** `<what>.not-found` with "<What> not found", for the module's codes of that shape. */
  readonly notFound: (what: NotFoundSubject<Code>) => DomainError<Code>;
}

/** `match` for `match.not-found`: the things a module may say it did not find. */
export type NotFoundSubject<Code extends string> = Code extends `${infer What}.not-found` ? What : never;

/** Ends an exhaustive switch: reached only if a union gained a member nobody mapped. */
export function assertNever(value: never): never {
  throw new Error(`Unmapped value: ${JSON.stringify(value)}`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
