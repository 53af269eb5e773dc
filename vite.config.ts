import { defineConfig } from 'vite';
import { cspPlugin } from './src/build/csp.ts';
import { preloadDataPlugin } from './src/build/preloadData.ts';

// Relative base so the built app works from any folder (and inside the embed later); served on 127.0.0.1 only.
export default defineConfig({
  base: './',
  plugins: [cspPlugin(), preloadDataPlugin()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // Two pages: the full app and the embed (issue 6), sharing chunks.
      input: { main: 'index.html', embed: 'embed.html' },
      output: {
        // MapLibre in its own chunk so the app's own JavaScript can be measured (and cached) apart from it.
        manualChunks: (id: string) => (id.includes('node_modules/maplibre-gl') ? 'maplibre' : undefined),
      },
    },
  },
});
