import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Modules the client shares with the server rather than copying; the same names are in
 * tsconfig.json's `paths`. The Socket.IO event map is the server's own (src/realtime).
 */
export const sharedModules = {
  '@shared/realtime-events': fileURLToPath(new URL('../src/realtime/realtime-events.ts', import.meta.url)),
  // Loaded lazily (PasswordStrength): zxcvbn-ts and its dictionaries stay out of the initial bundle.
  '@shared/password-strength': fileURLToPath(new URL('../src/shared-domain/password-strength.ts', import.meta.url)),
};

/** The files a build needs offline: the page, its hashed scripts and styles, the manifest and icons. */
const PUBLIC_SHELL = ['/', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon-maskable-512.png'];

/**
 * Emits `sw.js` (client/sw/sw.js) with the build's app shell and a version taken from it, so a new
 * build gets a new cache and the service worker deletes the old one.
 */
function serviceWorker(): Plugin {
  return {
    name: 'common-ground-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      // What the page loads at once (the chunks index.html names); lazy chunks are cached when first fetched.
      const page = bundle['index.html'];
      const html = page?.type === 'asset' ? String(page.source) : '';
      const assets = [...new Set([...html.matchAll(/"(\/assets\/[^"]+\.(?:js|css))"/g)].map((found) => String(found[1])))].sort();
      const shell = [...PUBLIC_SHELL, ...assets];
      const version = createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 12);
      const template = readFileSync(fileURLToPath(new URL('sw/sw.js', import.meta.url)), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: template.replace("'__VERSION__'", JSON.stringify(version)).replace('__SHELL__', JSON.stringify(shell)) });
    },
  };
}

/** Scripts and stylesheets smaller than this are sent as they are: compressing them saves next to nothing. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside each script and stylesheet, which the server
 * sends to browsers that accept them (src/common/precompressed-assets.ts): compressed once at build
 * time, at the highest level, instead of on every request.
 */
function precompressAssets(): Plugin {
  return {
    name: 'common-ground-precompress',
    apply: 'build',
    // From the files as written: until then chunks may still hold placeholders other plugins fill in.
    writeBundle(options, bundle) {
      const outDir = options.dir ?? '';
      for (const fileName of Object.keys(bundle)) {
        if (!/^assets\/.+\.(?:js|css)$/.test(fileName)) continue;
        const path = join(outDir, fileName);
        const source = readFileSync(path);
        if (source.length < COMPRESS_FROM_BYTES) continue;
        writeFileSync(`${path}.br`, brotliCompressSync(source, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: source.length } }));
        writeFileSync(`${path}.gz`, gzipSync(source, { level: zlib.Z_BEST_COMPRESSION }));
      }
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), serviceWorker(), precompressAssets()],
  resolve: { alias: sharedModules },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Everything the first page needs in one script: on a phone's network each extra request
        // waits its turn for a connection, and the page draws nothing until the last has come.
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } } },
});
