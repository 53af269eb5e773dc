import { defineConfig } from 'vite';

// The host-side loader as one small classic script, dist/embed.js, built after the app (emptyOutDir off keeps it).
export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    lib: { entry: 'src/loader/embed.ts', name: 'NmgAtlasLoader', formats: ['iife'], fileName: () => 'embed.js' },
  },
});
