/**
 * Preview keeps building while content has errors, so staff and reviewers see the problem list
 * in the browser instead of a stopped server. Pages must still be renderable: an entry whose file
 * has an error, or whose organisation is not (or no longer) known, is left out until it is fixed.
 */
import type { LoadedContent } from './load.ts';

export function renderableContent(content: LoadedContent): LoadedContent {
  const brokenFiles = new Set(content.problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const organizations = new Set(content.organizations.map((o) => o.id));
  const entries = content.entries.filter((e) => !brokenFiles.has(e.file) && organizations.has(e.data.organization));
  return { ...content, entries };
}
