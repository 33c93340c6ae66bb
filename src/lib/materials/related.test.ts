import { describe, expect, it } from 'vitest';
import { relatedMaterials, type RelatedCandidate } from './related';

const m = (slug: string, topics: string[], audiences: string[], kind = 'bai-viet', publishedAt = '2026-01-01'): RelatedCandidate => ({
  slug,
  topics,
  audiences,
  kind,
  publishedAt,
});

describe('relatedMaterials', () => {
  const target = m('a', ['phap-luat'], ['cong-dong']);

  it('ranks shared topics above shared audiences and leaves out the target', () => {
    const all = [target, m('b', [], ['cong-dong']), m('c', ['phap-luat'], []), m('d', ['phap-luat'], ['cong-dong'])];
    expect(relatedMaterials(target, all).map((x) => x.slug)).toEqual(['d', 'c', 'b']);
  });

  it('leaves out materials that share only the kind', () => {
    expect(relatedMaterials(target, [m('e', ['giam-ky-thi'], ['hoc-sinh-sinh-vien'])])).toEqual([]);
  });

  it('breaks ties by the newer date', () => {
    const all = [m('old', ['phap-luat'], [], 'to-roi', '2025-01-01'), m('new', ['phap-luat'], [], 'to-roi', '2026-01-01')];
    expect(relatedMaterials(target, all).map((x) => x.slug)).toEqual(['new', 'old']);
  });
});
