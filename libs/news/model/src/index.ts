export {
  articleImageSchema,
  articleInputSchema,
  articleLimits,
  articleSlugSchema,
  articleStates,
  publishOptionsSchema,
  reportsPeriodSchema,
  withdrawalReasonSchema,
  type Article,
  type ArticleFields,
  type ArticleImage,
  type ArticleImageInput,
  type ArticleInput,
  type ArticleState,
  type PublishOptions,
} from './article';
export {
  articleSlug,
  articleTransitions,
  assertChangeNoted,
  canTransition,
  isVisibleToPublic,
  requiresChangeNote,
  transitionArticle,
} from './article-rules';
export { deriveSummary, htmlToText, SUMMARY_MAX_LENGTH } from './summary';
export { articleHtmlPolicy, isExternalLink } from './article-html-policy';
