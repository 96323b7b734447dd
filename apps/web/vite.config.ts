import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const backend = process.env.ONEGRID_API ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/size.mjs reads the manifest to measure the entry chunk and its static imports.
    manifest: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/docs': { target: backend, changeOrigin: false },
      '/open311': { target: backend, changeOrigin: false },
    },
  },
});
