/**
 * HTML conformance: html-validate with the project's tests/htmlvalidate.json (html-validate:recommended)
 * on every built page of the public and the preview site, zero errors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { gateSites } from '../helpers/gate-sites.ts';

// The config is loaded explicitly (not searched for next to each file), so a build written
// outside the repository (KOHYO_OUT_DIR) is validated with the same rules.
const CONFIG_FILE = path.resolve('tests/htmlvalidate.json');
const config = JSON.parse(readFileSync(CONFIG_FILE, 'utf8')) as ConfigData;
const htmlvalidate = new HtmlValidate(new StaticConfigLoader(config));

const ERROR = 2;
const format = (file: string, m: Message): string => `${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`;

describe('html-validate configuration', () => {
  it('reports a real error on broken markup (the gate can fail)', async () => {
    const report = await htmlvalidate.validateString(
      '<!DOCTYPE html><html lang="ja"><head><title>t</title></head><body><main><span><div>x</div></span><p>a</div></p><img src="a.png"></main></body></html>',
      'broken.html',
    );
    const rules = report.results.flatMap((r) => r.messages.filter((m) => m.severity === ERROR).map((m) => m.ruleId));
    expect(rules).toEqual(['element-permitted-content', 'close-order', 'wcag/h37']);
  });
});

describe.each(gateSites())('HTML conformance of the built site ($name)', ({ all: pages }) => {
  it('has pages to validate', () => {
    expect(pages.map((p) => p.url)).toContain('/');
  });

  it.each(pages.map((p) => [p.url, p.file] as const))('%s has zero html-validate errors', async (_url, file) => {
    const report = await htmlvalidate.validateFile(file);
    const relative = path.relative(process.cwd(), file);
    const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === ERROR).map((m) => format(relative, m)));
    expect(errors, `html-validate errors:\n${errors.join('\n')}`).toEqual([]);
  });
});
