import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const backend = process.env.ONEGRID_API ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [
    react(),
    // The grid worker's phone app (issue 11): installable, and it opens without a network after one online login.
    // The service worker precaches the built app (shell and every page chunk, the field pages among them) and
    // answers navigations with index.html; /api is never cached by it — the app keeps its data in IndexedDB.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        name: '一网·网格员',
        short_name: '一网网格员',
        description: 'OneGrid field — 网格员巡查、走访、任务（离线可用）',
        lang: 'zh-CN',
        start_url: '/field',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#1f4e9c',
        background_color: '#f3f5f9',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // the console's largest chunks (charts) are precached too: every page opens offline once installed
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/docs/, /^\/open311\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [],
      },
    }),
  ],
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
