import { defineConfig } from 'vite';

// Builds the bare MapLibre baseline page into bench/out/bare, with the app's data copied beside it by the bench.
export default defineConfig({
  root: 'bench/bare',
  base: './',
  publicDir: false,
  build: { outDir: '../out/bare', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
});
