import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: {
    // Inlined data: URIs would be blocked by the strict CSP's img-src 'self'.
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'tests/domain/**/*.test.ts',
            'tests/state/**/*.test.ts',
            'tests/i18n/**/*.test.ts',
            'tests/lint/**/*.test.ts',
          ],
          exclude: ['tests/domain/time-zones.test.ts'],
        },
      },
      {
        // Run by `npm run test:time-zones` once per TZ, each in its own process.
        extends: true,
        test: { name: 'time-zones', environment: 'node', include: ['tests/domain/time-zones.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
