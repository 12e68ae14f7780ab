/// <reference types="astro/client" />

// Lets plain `tsc` (npm run typecheck) type-check tests that import .astro components for the
// Container API; Astro itself compiles them.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
