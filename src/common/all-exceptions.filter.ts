import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isDomainError } from './domain-error.js';
import { errorBody, HttpErrorBody } from './http-error-body.js';
import { clientFacingDatabaseError } from './postgres-errors.js';

/** One place that turns every failure into the NestJS error shape; only unknown errors become a 500. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const requestId = typeof request.id === 'string' ? request.id : undefined;
    const body = this.toBody(exception, requestId, `${request.method} ${request.originalUrl}`);
    if (response.headersSent) return;
    if (body.statusCode === 429 && !response.hasHeader('Retry-After')) response.setHeader('Retry-After', String(retryAfterSeconds(body)));
    // A route's own Content-Type (text/calendar) is set before its pipes run; an error is JSON all the same.
    response.status(body.statusCode).type('json').json(body);
  }

  private toBody(exception: unknown, requestId: string | undefined, route: string): HttpErrorBody {
    if (isDomainError(exception)) {
      // The status was mapped from the code by the module's catalogue when the error was made.
      return errorBody(exception.status, exception.message, { code: exception.code, params: exception.params, requestId });
    }
    if (exception instanceof HttpException) return this.fromHttpException(exception, requestId);
    const database = clientFacingDatabaseError(exception);
    if (database !== undefined) return errorBody(database.status, database.message, { requestId });
    this.logger.error({ err: exception, requestId, route }, 'Unhandled error');
    return errorBody(HttpStatus.INTERNAL_SERVER_ERROR, 'Internal server error', { requestId });
  }

  private fromHttpException(exception: HttpException, requestId: string | undefined): HttpErrorBody {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'string') return errorBody(status, response, { requestId });
    const message = (response as { message?: unknown }).message;
    const text = typeof message === 'string' || Array.isArray(message) ? (message as string | string[]) : exception.message;
    return errorBody(status, text, { requestId });
  }
}

/** Every 429 says when to come back: the refusal's own `retryAfterSeconds`, or a minute, the shortest window of any budget. */
function retryAfterSeconds(body: HttpErrorBody): number {
  const named = body.params?.retryAfterSeconds;
  return typeof named === 'number' && named > 0 ? Math.ceil(named) : 60;
}
