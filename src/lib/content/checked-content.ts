/**
 * Hands the content that `scripts/build.ts` has just read and checked to the Astro loader in the
 * child process, so a production build reads, parses and validates every file once, not twice.
 * The file lives in the build's temporary folder and is deleted with it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { LoadedContent } from './load.ts';

interface CheckedContentFile {
  /** The content folder it was read from: a mismatch means the file is not for this build */
  contentDir: string;
  organizations: LoadedContent['organizations'];
  entries: LoadedContent['entries'];
}

export async function writeCheckedContent(file: string, contentDir: string, content: LoadedContent): Promise<void> {
  const payload: CheckedContentFile = { contentDir, organizations: content.organizations, entries: content.entries };
  await writeFile(file, JSON.stringify(payload));
}

/** The checked content for `contentDir`, or undefined when the file was made for another folder. */
export async function readCheckedContent(file: string, contentDir: string): Promise<LoadedContent | undefined> {
  const payload = JSON.parse(await readFile(file, 'utf8')) as CheckedContentFile;
  if (payload.contentDir !== contentDir) return undefined;
  return { organizations: payload.organizations, entries: payload.entries, problems: [] };
}
