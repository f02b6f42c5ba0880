import { BadRequestException, HttpException, type Logger } from '@nestjs/common';
import { WsException } from '@nestjs/websockets';
import { DomainError } from '../common/domain-error.js';
import { clientFacingDatabaseError } from '../common/postgres-errors.js';
import type { ChatError } from '../realtime/realtime-events.js';

/**
 * The socket counterpart of the HTTP error filter: how a refused chat event is answered, as
 * `{ok: false, error, code}`. Anything unexpected is logged and answered without its details.
 */
export function chatErrorOf(exception: unknown, event: string, logger: Logger): ChatError {
  if (exception instanceof DomainError) return { ok: false, error: exception.message, code: exception.code };
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
