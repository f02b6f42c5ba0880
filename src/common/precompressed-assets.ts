import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Brotli first (smaller), then gzip: the build writes both beside each large script and stylesheet. */
const VARIANTS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

export type Precompressed = (typeof VARIANTS)[number];

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** File names under `assets/` carry a hash of their content, so a cached copy never goes stale. */
export const IMMUTABLE_ASSET = 'public, max-age=31536000, immutable';

/** The encodings an `Accept-Encoding` header allows (a `q=0` refuses one). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    const quality = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
    if (name !== '' && (quality === undefined || Number(quality.slice(2)) > 0)) accepted.add(name);
  }
  return accepted;
}

/** The precompressed file to send for `fileName`, if the build wrote one the client accepts. */
export function precompressedVariant(fileName: string, acceptEncoding: string | undefined, available: ReadonlySet<string>): Precompressed | undefined {
  const accepted = acceptedEncodings(acceptEncoding);
  return VARIANTS.find((variant) => (accepted.has(variant.encoding) || accepted.has('*')) && available.has(fileName + variant.suffix));
}

/**
 * Serves the client's hashed assets (`/assets/*`) compressed, from the `.br`/`.gz` files the build
 * writes, and lets browsers keep them for a year. Placed before the static files, it only rewrites
 * the request; express.static sends the file.
 */
export function precompressedAssets(clientDir: string): (request: Request, response: Response, next: NextFunction) => void {
  const available = assetFiles(join(clientDir, 'assets'));
  return (request, response, next) => {
    const fileName = request.path.startsWith('/assets/') ? request.path.slice('/assets/'.length) : undefined;
    if ((request.method !== 'GET' && request.method !== 'HEAD') || fileName === undefined || !available.has(fileName)) return next();
    response.setHeader('Cache-Control', IMMUTABLE_ASSET);
    const contentType = CONTENT_TYPES[fileName.slice(fileName.lastIndexOf('.'))];
    if (contentType === undefined) return next();
    response.vary('Accept-Encoding');
    const variant = precompressedVariant(fileName, request.headers['accept-encoding'], available);
    if (variant !== undefined) {
      response.setHeader('Content-Encoding', variant.encoding);
      response.setHeader('Content-Type', contentType);
      request.url = `/assets/${fileName}${variant.suffix}`;
    }
    next();
  };
}

/** Read once: a build's assets do not change while the app runs. None when the client is not built. */
function assetFiles(directory: string): ReadonlySet<string> {
  try {
    return new Set(readdirSync(directory));
  } catch {
    return new Set();
  }
}
