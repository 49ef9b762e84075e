import { DomainError } from '@egov/errors';
import { slugify } from '@egov/text';
import type { Article, ArticleState } from './article';

/** The moves an article may make: publish a draft, withdraw a published article, restore a withdrawn one. */
export const articleTransitions: Readonly<Record<ArticleState, readonly ArticleState[]>> = {
  draft: ['published'],
  published: ['withdrawn'],
  withdrawn: ['published'],
};

export function canTransition(from: ArticleState, to: ArticleState): boolean {
  return articleTransitions[from].includes(to);
}

/** The state after a move; throws INVALID_TRANSITION for any move not in {@link articleTransitions}. */
export function transitionArticle(from: ArticleState, to: ArticleState): ArticleState {
  if (!canTransition(from, to)) {
    throw new DomainError('INVALID_TRANSITION', `An article cannot go from "${from}" to "${to}".`, [
      { field: ['state'], message: `Cannot go from "${from}" to "${to}".`, code: 'INVALID_TRANSITION' },
    ]);
  }
  return to;
}

const instant = (value: string | Date) => (value instanceof Date ? value.getTime() : Date.parse(value));

/** Whether the public sees the article at `now`: published, and its publication time reached. */
export function isVisibleToPublic(article: Pick<Article, 'state' | 'publishedAt'>, now: Date | string = new Date()): boolean {
  return article.state === 'published' && article.publishedAt !== null && instant(article.publishedAt) <= instant(now);
}

/**
 * Readers may already have seen the article once its first publication time has passed, so from
 * then on every edit must say what changed (đính chính).
 */
export function requiresChangeNote(article: Pick<Article, 'firstPublishedAt'>, now: Date | string = new Date()): boolean {
  return article.firstPublishedAt !== null && instant(article.firstPublishedAt) <= instant(now);
}

/** Throws VALIDATION on `changeNote` when an edit of a published article does not say what changed. */
export function assertChangeNoted(
  article: Pick<Article, 'firstPublishedAt'>,
  changeNote: string | null | undefined,
  now: Date | string = new Date(),
): void {
  if (requiresChangeNote(article, now) && !changeNote?.trim()) {
    throw DomainError.invalid('changeNote', 'An article that has been published needs a note saying what was changed.');
  }
}

/** The slug of a title: "Hội nghị sơ kết" → "hoi-nghi-so-ket"; a title with no letters or digits gives "bai-viet". */
export function articleSlug(title: string): string {
  return slugify(title) || 'bai-viet';
}
