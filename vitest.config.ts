import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{contracts,api,host,remotes}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**'],
  },
});
