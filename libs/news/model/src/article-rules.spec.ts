import { DomainError } from '@egov/errors';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleStates, type ArticleState } from './article';
import {
  articleSlug,
  assertChangeNoted,
  canTransition,
  isVisibleToPublic,
  requiresChangeNote,
  transitionArticle,
} from './article-rules';

const allowed: Array<[ArticleState, ArticleState]> = [
  ['draft', 'published'],
  ['published', 'withdrawn'],
  ['withdrawn', 'published'],
];

describe('article transitions', () => {
  it.each(allowed)('lets an article go from %s to %s', (from, to) => {
    expect(transitionArticle(from, to)).toBe(to);
  });

  it.each([
    ['draft', 'withdrawn'],
    ['published', 'draft'],
    ['withdrawn', 'draft'],
    ['published', 'published'],
  ] as Array<[ArticleState, ArticleState]>)('refuses %s → %s with INVALID_TRANSITION', (from, to) => {
    expect(() => transitionArticle(from, to)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
  });

  it('allows exactly the three listed moves, whatever path is tried', () => {
    const state = fc.constantFrom(...articleStates);
    fc.assert(
      fc.property(state, fc.array(state, { maxLength: 20 }), (start, moves) => {
        let current = start;
        for (const next of moves) {
          const legal = allowed.some(([from, to]) => from === current && to === next);
          expect(canTransition(current, next)).toBe(legal);
          if (legal) current = transitionArticle(current, next);
          else expect(() => transitionArticle(current, next)).toThrow(DomainError);
        }
        // No path leads back to a draft.
        if (current === 'draft') expect(start).toBe('draft');
      }),
    );
  });
});

describe('isVisibleToPublic', () => {
  const now = '2020-07-01T00:00:00+07:00';
  it('shows a published article once its time has come', () => {
    expect(isVisibleToPublic({ state: 'published', publishedAt: '2020-06-30T15:54:00+07:00' }, now)).toBe(true);
  });
  it('hides a scheduled article, a draft and a withdrawn article', () => {
    expect(isVisibleToPublic({ state: 'published', publishedAt: '2020-07-02T08:00:00+07:00' }, now)).toBe(false);
    expect(isVisibleToPublic({ state: 'draft', publishedAt: null }, now)).toBe(false);
    expect(isVisibleToPublic({ state: 'withdrawn', publishedAt: '2020-06-30T15:54:00+07:00' }, now)).toBe(false);
  });
  it('compares instants, not the written offsets', () => {
    expect(isVisibleToPublic({ state: 'published', publishedAt: '2020-06-30T08:54:00Z' }, new Date('2020-06-30T15:54:00+07:00'))).toBe(true);
  });
});

describe('change notes', () => {
  const now = '2020-07-01T00:00:00Z';
  it('are needed once the article has been published, not for a draft or a not-yet-reached schedule', () => {
    expect(requiresChangeNote({ firstPublishedAt: null }, now)).toBe(false);
    expect(requiresChangeNote({ firstPublishedAt: '2020-08-01T00:00:00Z' }, now)).toBe(false);
    expect(requiresChangeNote({ firstPublishedAt: '2020-06-30T08:54:00Z' }, now)).toBe(true);
  });
  it('refuses an edit of a published article without a note, on the changeNote field', () => {
    expect(() => assertChangeNoted({ firstPublishedAt: '2020-06-30T08:54:00Z' }, '  ', now)).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [expect.objectContaining({ field: ['changeNote'] })] }),
    );
    expect(() => assertChangeNoted({ firstPublishedAt: '2020-06-30T08:54:00Z' }, 'Sửa lỗi chính tả', now)).not.toThrow();
  });
});

describe('articleSlug', () => {
  it('makes the address of a Vietnamese title', () => {
    expect(articleSlug('Hội nghị sơ kết công tác Thông tin và Truyền thông 6 tháng đầu năm 2020')).toBe(
      'hoi-nghi-so-ket-cong-tac-thong-tin-va-truyen-thong-6-thang-dau-nam-2020',
    );
    expect(articleSlug('!!!')).toBe('bai-viet');
  });
});
