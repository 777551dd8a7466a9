// Standalone renderer build (`npm run build:renderer`), used by the chromium-bridge test host.
// It mirrors the renderer section of electron.vite.config.ts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Relative asset URLs so the same build loads from file:// and from a static server.
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
  },
});
