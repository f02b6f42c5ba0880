import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import helmet from 'helmet';
import type { DestinationStream } from 'pino';
import { createRootLogger, httpLogger, PinoNestLogger } from './common/logging.js';
import { AppModule, CLIENT_DIST } from './app.module.js';
import { precompressedAssets } from './common/precompressed-assets.js';
import { AppConfig } from './config/app-config.js';
import { EVENTS_RESYNCED_BY_JOIN } from './realtime/realtime-events.js';
import { RealtimeIoAdapter } from './realtime/realtime-io.adapter.js';

export const API_PREFIX = 'api';

export interface AppOptions {
  /** Where log lines go: standard output unless a test reads them. */
  logDestination?: DestinationStream;
}

/** Builds the whole app as production runs it; tests call this too, so they exercise the real wiring. */
export async function createApp(config: AppConfig, options: AppOptions = {}): Promise<INestApplication> {
  const logger = createRootLogger(config.logLevel, options.logDestination);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger: new PinoNestLogger(logger) });
  app.use(httpLogger(logger));
  // Only the proxies the operator names may say who the client is (see TRUST_PROXY); the rate limits count by it.
  app.set('trust proxy', config.trustProxy);
  app.setGlobalPrefix(API_PREFIX);
  app.use(
    helmet({
      // Plain-HTTP installs on a local network must keep working; TLS is the reverse proxy's job.
      contentSecurityPolicy: { directives: { 'connect-src': ["'self'", 'ws:', 'wss:'], 'upgrade-insecure-requests': null } },
      hsts: config.isProduction,
    }),
  );
  app.use(precompressedAssets(CLIENT_DIST));
  app.enableCors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false, credentials: false });
  const socketAdapter = new RealtimeIoAdapter(app, config, EVENTS_RESYNCED_BY_JOIN);
  await socketAdapter.connectToRedis();
  app.useWebSocketAdapter(socketAdapter);
  setUpOpenApi(app);
  return app;
}

/** The document is built on its first request, not at start: an idle server need not hold it. */
function setUpOpenApi(app: INestApplication): void {
  const buildDocument = (): OpenAPIObject =>
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Common Ground API')
        .setDescription(
          'Newcomers and local residents matched for intercultural dialogue. Errors use the NestJS shape ' +
            '`{statusCode, message, error}` plus a stable `code` (and `params`) for domain refusals and a `requestId`. ' +
            'Real-time chat and notifications use Socket.IO on namespace `/chat` (see the contract).',
        )
        .setVersion('1.0')
        .addBearerAuth()
        .addCookieAuth('__Host-cg_session', {
          type: 'apiKey',
          in: 'cookie',
          description:
            'The web session cookie, set by sign-up or login with `X-Session-Mode: cookie` (named `cg_session` when the app is served over plain http on a host other than localhost). ' +
            'Writes it authenticates need the session\'s `X-CSRF-Token` header.',
        })
        .build(),
    );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, buildDocument, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
}
