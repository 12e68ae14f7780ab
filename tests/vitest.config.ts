/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets component tests use Astro's Container API. The second argument keeps
// Astro from treating the run as a dev server (which would add data-astro-source-* attributes).
export default getViteConfig(
  {
    test: {
      environment: 'node',
      include: ['tests/**/*.test.ts'],
      exclude: ['tests/fixtures/**', 'tests/.output/**', 'node_modules/**'],
      // The real site is built once, before any test that reads dist/ or drives a browser.
      globalSetup: ['tests/setup/build-site.ts'],
      testTimeout: 60_000,
      hookTimeout: 300_000,
      // Two cores: keep browser and build tests from starving each other.
      maxWorkers: 2,
    },
  },
  { devToolbar: { enabled: false } },
);
