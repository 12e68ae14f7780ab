/**
 * The names the content check reserves (src/lib/site-paths.ts) cover everything the build writes:
 * each top-level entry of the built site is an organisation's folder, the home page, or a name
 * the check refuses as an organisation id; each entry next to a report page is refused as an
 * indicator id. A folder added to the output without being reserved fails here.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { findReserved, reservedNamesByLevel } from '../../src/lib/site-paths.ts';

const siteDir = inject('siteDir');
const ORGANIZATIONS = ['osaka-ict', 'chiba-somu'];

describe('names the built site uses', () => {
  const reserved = reservedNamesByLevel();

  it('are reserved at the top level', () => {
    const unreserved = readdirSync(siteDir).filter((name) => name !== 'index.html' && !ORGANIZATIONS.includes(name) && !findReserved(reserved.organization, name));
    expect(unreserved).toEqual([]);
  });

  it('are reserved next to each report page', () => {
    const reportDir = path.join(siteDir, 'osaka-ict', '2018', 'keiei-kadai-2');
    const unreserved = readdirSync(reportDir).filter((name) => name !== 'index.html' && !findReserved(reserved.indicator, name));
    expect(unreserved).toEqual([]);
  });
});
