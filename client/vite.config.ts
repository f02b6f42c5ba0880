import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Modules the client shares with the server rather than copying; the same names are in
 * tsconfig.json's `paths`. The Socket.IO event map is the server's own (src/realtime).
 */
export const sharedModules = {
  '@shared/realtime-events': fileURLToPath(new URL('../src/realtime/realtime-events.ts', import.meta.url)),
  // Loaded lazily (PasswordStrength): zxcvbn-ts and its dictionaries stay out of the initial bundle.
  '@shared/password-strength': fileURLToPath(new URL('../src/shared-domain/password-strength.ts', import.meta.url)),
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: sharedModules },
  build: { outDir: '../dist/client', emptyOutDir: true },
  server: { proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } } },
});
