/** The schema's enum values, each mapped to the model's value it stands for. */
export const newsEnums = {
  NewsArticleState: { DRAFT: 'draft', PUBLISHED: 'published', WITHDRAWN: 'withdrawn' },
} as const;
