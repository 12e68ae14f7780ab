/**
 * The edit behind "incremental rebuild after one edit": one sentence appended to the 現状
 * (plan.currentState) of one 経営課題 of the newest fiscal year, so exactly one report page
 * changes. The file's original bytes are kept and written back by `restore()`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';

/** Appended text: synthetic like the rest of the corpus, and easy to find in the rebuilt page. */
export const EDIT_SENTENCE = '〔合成〕差分再ビルドの計測のため、担当課において取組の効果を検証する。';
const FIELD = ['plan', 'currentState'] as const;

export interface CorpusEdit {
  /** Report id, e.g. bench-unei-001/2023/keiei-kadai-1 (its page is /<id>/) */
  id: string;
  field: string;
  restore(): Promise<void>;
}

/** The first 経営課題 (in id order) of the newest fiscal year among `ids` (<org>/<year>/<file>). */
function newestManagementIssue(ids: readonly string[]): string {
  const issues = ids.filter((id) => /\/keiei-kadai-\d+$/.test(id));
  const year = (id: string) => Number(id.split('/').at(-2));
  const newest = Math.max(...issues.map(year));
  const id = issues.find((i) => year(i) === newest);
  if (!id) throw new Error('コーパスに経営課題がありません / the corpus has no 経営課題 file to edit');
  return id;
}

export async function editOneReport(corpusDir: string, ids: readonly string[]): Promise<CorpusEdit> {
  const id = newestManagementIssue(ids);
  const file = path.join(corpusDir, `${id}.yaml`);
  const original = await readFile(file, 'utf8');
  const doc = parseDocument(original);
  const text = doc.getIn(FIELD);
  if (typeof text !== 'string') throw new Error(`${file}: ${FIELD.join('.')} がありません / has no text to edit`);
  doc.setIn(FIELD, `${text.trimEnd()}${EDIT_SENTENCE}`);
  await writeFile(file, doc.toString({ lineWidth: 0 }));
  return { id, field: FIELD.join('.'), restore: () => writeFile(file, original) };
}
