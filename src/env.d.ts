/// <reference types="astro/client" />

// Lets plain `tsc` (npm run typecheck) type-check tests that import .astro components for the
// Container API; Astro itself compiles them.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}

declare namespace App {
  interface Locals {
    /**
     * Set by a report page for the figures it renders: later documents' different figures for
     * this report's years (by indicator id), and the page of the report over all its years.
     * Read by components/report/Indicators.astro, so the sections in between need not pass it on.
     */
    figureContinuity?: import('./lib/figure-continuity.ts').FigureContinuity;
  }
}

// subset-font ships no type declarations.
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; preserveNameIds?: number[] }): Promise<Buffer>;
}
