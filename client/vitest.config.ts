import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { sharedModules } from './vite.config';

/** Client unit and component tests: `npm run test:client` (also part of `npm test`). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: sharedModules },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
    restoreMocks: true,
    // The stylesheet is read as text by design-tokens.test.ts (contrast of every token pair).
    css: { include: [/styles\.css/] },
  },
});
