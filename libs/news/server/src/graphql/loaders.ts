import { defineLoader } from '@egov/graphql';
import type { Article } from '@egov/news-model';
import type { NewsRepository } from '../news-repository';

/** The request's loader of articles by id (any state); callers decide what the viewer may see. */
export const articleLoader = defineLoader<string, Article | null, NewsRepository>('newsArticle', (ids, repository) => repository.getMany(ids));
