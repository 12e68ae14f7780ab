/**
 * What the release filter decided, for pages: whether this build (or dev server) is the staff /
 * reviewer preview, and the content problems preview shows on every page. Read from the content
 * layer, so pages follow the loader's one decision instead of reading the environment again.
 */
import { getEntry } from 'astro:content';
import type { ContentProblem } from './problems.ts';

export interface ReleaseState {
  preview: boolean;
  problems: ContentProblem[];
}

export async function getReleaseState(): Promise<ReleaseState> {
  const entry = await getEntry('release', 'state');
  return (entry?.data as ReleaseState | undefined) ?? { preview: false, problems: [] };
}
