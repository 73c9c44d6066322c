import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { BUILD_OPTIONS } from '../../vite.config.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { ...BUILD_OPTIONS, outDir: 'dist', emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 4174, strictPort: true },
});
