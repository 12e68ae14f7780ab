import { describe, expect, it } from 'vitest';
import { activeFilterCount, readSearchState, searchStateQuery } from '../../../src/lib/search/url-state.ts';

describe('search state in the URL', () => {
  it('reads query, filters and sort, and writes them back in a fixed order', () => {
    const params = new URLSearchParams('sort=relevance&org=千葉市 総務局&q=備蓄&year=平成29年度（2017年度）&org=大阪市 ICT戦略室');
    const state = readSearchState(params);
    expect(state).toEqual({
      query: '備蓄',
      filters: { fiscalYear: ['平成29年度（2017年度）'], organization: ['千葉市 総務局', '大阪市 ICT戦略室'], documentType: [], rating: [] },
      sort: 'relevance',
    });
    expect(activeFilterCount(state.filters)).toBe(3);
    const written = searchStateQuery(state);
    expect([...new URLSearchParams(written).keys()]).toEqual(['q', 'year', 'org', 'org', 'sort']);
    expect(readSearchState(new URLSearchParams(written))).toEqual(state);
  });

  it('leaves newest first (the default) and empty values out of the address', () => {
    const state = readSearchState(new URLSearchParams('q=研修&sort=unknown&type='));
    expect(state.sort).toBe('newest');
    // Links from when relevance was the default say sort=newest: the same list.
    expect(readSearchState(new URLSearchParams('q=研修&sort=newest'))).toEqual(state);
    expect(state.filters.documentType).toEqual([]);
    expect(searchStateQuery(state)).toBe(`q=${encodeURIComponent('研修')}`);
    expect(searchStateQuery(readSearchState(new URLSearchParams('')))).toBe('');
  });
});
