/**
 * The build's folders never nest: a shard folder inside the public output would be published,
 * a preview inside it would publish drafts, and an output that holds the shard store or a --merge
 * folder would delete it when the new site is swapped in. Compared after resolving symbolic
 * links, so `dist-link/preview` pointing into dist/ is caught too.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

export interface BuildFolder {
  /** What the folder is, for the message: 「公開用の出力（KOHYO_OUT_DIR）」… */
  role: string;
  dir: string;
}

/** The folder's real path: its nearest existing ancestor resolved, the rest appended (it may not exist yet). */
export function realFolder(dir: string): string {
  const absolute = path.resolve(dir);
  const rest: string[] = [];
  let existing = absolute;
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  return path.join(realpathSync.native(existing), ...rest);
}

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

/** Every pair of folders where one is the other or lies inside it, as messages naming both. */
export function nestedFolders(folders: readonly BuildFolder[]): string[] {
  const real = folders.map((f) => ({ ...f, real: realFolder(f.dir) }));
  const problems: string[] = [];
  for (let i = 0; i < real.length; i++) {
    for (let j = i + 1; j < real.length; j++) {
      const a = real[i]!;
      const b = real[j]!;
      const shown = (f: typeof a) => `${f.role} ${path.relative(process.cwd(), f.dir) || '.'}${f.real !== path.resolve(f.dir) ? `（実体 ${f.real}）` : ''}`;
      if (a.real === b.real) problems.push(`${shown(a)} と ${shown(b)} が同じフォルダです / ${a.role} and ${b.role} are the same folder: ${a.real}`);
      else if (inside(a.real, b.real)) problems.push(`${shown(a)} が ${shown(b)} の中にあります / ${a.role} is inside ${b.role}: ${a.real} in ${b.real}`);
      else if (inside(b.real, a.real)) problems.push(`${shown(b)} が ${shown(a)} の中にあります / ${b.role} is inside ${a.role}: ${b.real} in ${a.real}`);
    }
  }
  return problems;
}
