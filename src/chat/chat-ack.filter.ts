import { ArgumentsHost, BadRequestException, Catch, HttpException, Logger, WsExceptionFilter } from '@nestjs/common';
import { WsException } from '@nestjs/websockets';
import { DomainError } from '../common/domain-error.js';
import { clientFacingDatabaseError } from '../common/postgres-errors.js';
import type { ChatError } from './chat-events.js';
import type { ChatSocket } from './message-fanout.js';

/**
 * The socket counterpart of the HTTP error filter: a refused event is answered in its ack as
 * `{ok: false, error, code}`, or with an `error` event when the client sent no ack callback.
 */
@Catch()
export class ChatAckFilter implements WsExceptionFilter {
  private readonly logger = new Logger('ChatErrors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ws = host.switchToWs();
    const ack = host.getArgs<unknown[]>().find((arg): arg is (response: ChatError) => void => typeof arg === 'function');
    const error = this.toChatError(exception, String(ws.getPattern()));
    if (ack !== undefined) ack(error);
    else ws.getClient<ChatSocket>().emit('error', { ...error, event: String(ws.getPattern()) });
  }

  private toChatError(exception: unknown, event: string): ChatError {
    if (exception instanceof DomainError) return { ok: false, error: exception.message, code: exception.code };
    if (exception instanceof BadRequestException) return { ok: false, error: validationMessage(exception), code: 'validation' };
    if (exception instanceof HttpException) return { ok: false, error: exception.message, code: `http.${exception.getStatus()}` };
    if (exception instanceof WsException) return { ok: false, error: String(exception.message), code: 'refused' };
    const database = clientFacingDatabaseError(exception);
    if (database !== undefined) return { ok: false, error: database.message, code: `database.${database.status}` };
    this.logger.error({ err: exception, event }, 'Unhandled socket error');
    return { ok: false, error: 'Internal error; please retry', code: 'internal' };
  }
}

function validationMessage(exception: BadRequestException): string {
  const message = (exception.getResponse() as { message?: unknown }).message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return typeof message === 'string' ? message : exception.message;
}
