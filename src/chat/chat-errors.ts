import { BadRequestException, HttpException, HttpStatus, type Logger } from '@nestjs/common';
import { WsException } from '@nestjs/websockets';
import { assertNever, DomainError, isDomainError, type RefusalStatus } from '../common/domain-error.js';
import { clientFacingDatabaseError } from '../common/postgres-errors.js';
import type { ChatError } from '../realtime/realtime-events.js';

/** Chat's own refusals; an unknown conversation is `match.not-found` (access), a bad cursor `pagination.bad-cursor`. */
export type ChatErrorCode = 'chat.client-id-reused' | 'chat.read-only' | 'chat.rate-limited';

function statusOf(code: ChatErrorCode): RefusalStatus {
  switch (code) {
    case 'chat.client-id-reused':
    case 'chat.read-only':
      return HttpStatus.CONFLICT;
    case 'chat.rate-limited':
      return HttpStatus.TOO_MANY_REQUESTS;
    default:
      return assertNever(code);
  }
}

export const chatErrors = DomainError.catalogue(statusOf);

/**
 * The socket counterpart of the HTTP error filter: how a refused chat event is answered, as
 * `{ok: false, error, code}`. Anything unexpected is logged and answered without its details.
 */
export function chatErrorOf(exception: unknown, event: string, logger: Logger): ChatError {
  if (isDomainError(exception)) return { ok: false, error: exception.message, code: exception.code };
  if (exception instanceof BadRequestException) return { ok: false, error: validationMessage(exception), code: 'validation' };
  if (exception instanceof HttpException) return { ok: false, error: exception.message, code: `http.${exception.getStatus()}` };
  if (exception instanceof WsException) return { ok: false, error: String(exception.message), code: 'refused' };
  const database = clientFacingDatabaseError(exception);
  if (database !== undefined) return { ok: false, error: database.message, code: `database.${database.status}` };
  logger.error({ err: exception, event }, 'Unhandled socket error');
  return { ok: false, error: 'Internal error; please retry', code: 'internal' };
}

function validationMessage(exception: BadRequestException): string {
  const message = (exception.getResponse() as { message?: unknown }).message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return typeof message === 'string' ? message : exception.message;
}
