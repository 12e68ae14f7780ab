// Collections: wiring only. Reading, validation and the release filter live in src/lib/content.
import { defineCollection } from 'astro:content';
import { kohyoLoader } from './lib/content/loader.ts';

export const collections = {
  organizations: defineCollection({ loader: kohyoLoader('organizations') }),
  managementIssues: defineCollection({ loader: kohyoLoader('managementIssues') }),
  strategySheets: defineCollection({ loader: kohyoLoader('strategySheets') }),
  measures: defineCollection({ loader: kohyoLoader('measures') }),
  // One entry: whether this is the preview site, and the content problems it shows on every page.
  release: defineCollection({ loader: kohyoLoader('release') }),
};
