// Collections: wiring only. Reading, validation and the release filter live in src/lib/content.
import { defineCollection } from 'astro:content';
import { kohyoLoader } from './lib/content/loader.ts';

export const collections = {
  organizations: defineCollection({ loader: kohyoLoader('organizations') }),
  // 経営課題 and 施策 (one collection: a shard may hold only one of the two kinds)
  reportEntries: defineCollection({ loader: kohyoLoader('reportEntries') }),
  strategySheets: defineCollection({ loader: kohyoLoader('strategySheets') }),
  // Listings' summary of every released report, and the search indexes of a sharded build.
  reports: defineCollection({ loader: kohyoLoader('reports') }),
  searchIndexes: defineCollection({ loader: kohyoLoader('searchIndexes') }),
  // One entry: whether this is the preview site, and the content problems it shows on every page.
  release: defineCollection({ loader: kohyoLoader('release') }),
};
