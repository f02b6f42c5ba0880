import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import request from 'supertest';
import { acceptedEncodings, IMMUTABLE_ASSET, precompressedAssets, precompressedVariant } from './precompressed-assets.js';

describe('acceptedEncodings', () => {
  it('reads the names and leaves out those refused with q=0', () => {
    expect([...acceptedEncodings('gzip, deflate;q=0.5, br;q=0, zstd')]).toEqual(['gzip', 'deflate', 'zstd']);
  });

  it('accepts nothing without the header', () => {
    expect(acceptedEncodings(undefined).size).toBe(0);
  });
});

describe('precompressedVariant', () => {
  const both = new Set(['app.js', 'app.js.br', 'app.js.gz']);

  it('prefers brotli when the browser takes it', () => {
    expect(precompressedVariant('app.js', 'gzip, deflate, br', both)).toEqual({ encoding: 'br', suffix: '.br' });
  });

  it('falls back to gzip, as browsers do over plain HTTP', () => {
    expect(precompressedVariant('app.js', 'gzip, deflate', both)).toEqual({ encoding: 'gzip', suffix: '.gz' });
  });

  it('sends the file as it is when no copy is accepted or written', () => {
    expect(precompressedVariant('app.js', 'identity', both)).toBeUndefined();
    expect(precompressedVariant('small.js', 'gzip, br', new Set(['small.js']))).toBeUndefined();
  });
});

describe('precompressedAssets', () => {
  const script = 'console.log("the same words, again and again");\n'.repeat(100);
  let clientDir: string;
  let app: express.Express;

  beforeAll(() => {
    clientDir = mkdtempSync(join(tmpdir(), 'cg-assets-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'assets', 'app-abc123.js'), script);
    writeFileSync(join(clientDir, 'assets', 'app-abc123.js.br'), brotliCompressSync(script));
    writeFileSync(join(clientDir, 'assets', 'app-abc123.js.gz'), gzipSync(script));
    app = express();
    app.use(precompressedAssets(clientDir));
    app.use(express.static(clientDir));
  });

  afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

  it('sends the brotli copy as JavaScript, kept for a year', async () => {
    const response = await request(app).get('/assets/app-abc123.js').set('Accept-Encoding', 'gzip, br');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['cache-control']).toBe(IMMUTABLE_ASSET);
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(Number(response.headers['content-length'])).toBeLessThan(script.length / 10);
    expect(response.text).toBe(script);
  });

  it('sends the gzip copy to a browser that takes only gzip', async () => {
    const response = await request(app).get('/assets/app-abc123.js').set('Accept-Encoding', 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.text).toBe(script);
  });

  it('sends the file itself to a client that takes no compression', async () => {
    const response = await request(app).get('/assets/app-abc123.js').set('Accept-Encoding', 'identity');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-length']).toBe(String(script.length));
    expect(response.headers['cache-control']).toBe(IMMUTABLE_ASSET);
  });

  it('leaves a missing asset alone: nothing is cached for a name the build did not write', async () => {
    const response = await request(app).get('/assets/gone-old999.js').set('Accept-Encoding', 'br');
    expect(response.status).toBe(404);
    expect(response.headers['cache-control']).toBeUndefined();
  });
});
