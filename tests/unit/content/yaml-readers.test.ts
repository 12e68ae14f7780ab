/**
 * The fast reader (js-yaml) must read every value exactly as the careful reader (`yaml`, YAML 1.2
 * core) does, or a figure could change depending on which path a file took.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readContentFile } from '../../../src/lib/content/read.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kohyo-yaml-'));
const SCALARS = ['0b101', '-0x1F', '+0x1F', '-0o17', '0o17', '0x1F', '-.5', '+.5', '.5', '-0', '017', '1_000', '1e3', '1.', '-1.5e-3', 'yes', 'no', 'on', 'off', '~', 'null', 'Null', 'true', 'True', 'FALSE', '.inf', '-.Inf', '.NaN', '2018-04-01', '2019-06-01T09:00', '12:30', '"1"', "'x'", '1.0', '+12'];

async function fastRead(text: string): Promise<unknown> {
  const file = path.join(dir, 'case.yaml');
  writeFileSync(file, text);
  const { parsed, problems } = await readContentFile(file, 'case.yaml');
  expect(problems).toEqual([]);
  return parsed!.data;
}

describe('fast and careful YAML readers agree', () => {
  it.each(SCALARS)('reads %s the same way', async (scalar) => {
    const text = `a: ${scalar}\n`;
    const careful = (parseDocument(text, { uniqueKeys: true }).toJS() as { a: unknown }).a;
    const fast = ((await fastRead(text)) as { a: unknown }).a;
    if (typeof careful === 'number' && Number.isNaN(careful)) expect(Number.isNaN(fast)).toBe(true);
    else expect(Object.is(fast, careful), `${scalar}: fast ${String(fast)} vs careful ${String(careful)}`).toBe(true);
  });

  it('reads lone CR line endings with the right line numbers', async () => {
    const file = path.join(dir, 'cr.yaml');
    writeFileSync(file, 'a: 1\rb: [\r');
    const { problems } = await readContentFile(file, 'cr.yaml');
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  it('reports an alias bomb as a content problem with a position, not a crash', async () => {
    const lines = ['a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]'];
    for (let i = 0; i < 12; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
    const file = path.join(dir, 'bomb.yaml');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { parsed, problems } = await readContentFile(file, 'bomb.yaml');
    expect(parsed).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBeGreaterThan(1);
    expect(problems[0]!.message).toContain('YAML');
  });
});
