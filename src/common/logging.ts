import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger as Pino, type LoggerOptions } from 'pino';
import { pinoHttp, HttpLogger } from 'pino-http';
import { REDACTED, REDACTED_PATHS, redactUrl, scrubText, serializeError, serializeRequest } from './log-redaction.js';

/** The serializers of every log line, the access log's included: what `log-redaction.ts` lets through. */
const SERIALIZERS = {
  err: serializeError,
  error: serializeError,
  req: serializeRequest,
  res: (res: { statusCode: unknown }) => ({ statusCode: res.statusCode }),
  route: (route: unknown) => (typeof route === 'string' ? redactUrl(route) : route),
  url: (url: unknown) => (typeof url === 'string' ? redactUrl(url) : url),
};

/**
 * The one logging configuration: structured JSON lines, every HTTP line with its request id (the
 * caller's X-Request-Id when sane), and nothing a person would not want an operator to read.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { app: 'common-ground' },
    redact: { paths: [...REDACTED_PATHS], censor: REDACTED },
    serializers: SERIALIZERS,
    hooks: {
      // Messages are free text: an email or token interpolated into one is scrubbed too.
      logMethod(args, method) {
        method.apply(this, args.map((arg: unknown) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>);
      },
    },
  };
}

/** `destination`: where the lines go (standard output unless a test captures them). */
export function createRootLogger(level: string, destination?: DestinationStream): Pino {
  return destination === undefined ? pino(loggerOptions(level)) : pino(loggerOptions(level), destination);
}

export function httpLogger(logger: Pino): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res) => {
      const id = requestIdFrom(req.headers['x-request-id']) ?? randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
    // pino-http puts its own serializers on its child logger, so they are given again here.
    serializers: SERIALIZERS,
  });
}

function requestIdFrom(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && /^[\w-]{8,64}$/.test(value) ? value : undefined;
}

/** Nest's own log lines (bootstrap, our Logger calls) go through the same pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Pino) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, rest: unknown[]): void {
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    if (message instanceof Error) {
      // Spread, an error's own fields (a failed query's parameters) would escape the err serializer.
      this.logger[level]({ context, err: message }, typeof rest[0] === 'string' && rest.length > 1 ? rest[0] : message.message);
    } else if (typeof message === 'object' && message !== null) {
      const extra = typeof rest[0] === 'string' && rest.length > 1 ? rest[0] : undefined;
      this.logger[level]({ context, ...(message) }, extra);
    } else {
      this.logger[level]({ context }, String(message));
    }
  }
}
