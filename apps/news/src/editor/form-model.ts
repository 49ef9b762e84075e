import type { NewsArticleContentInput, NewsArticleFields, UserErrorFields } from '@egov/client-operations/news';
import { inputPathOf } from '@egov/ui';

/** A figure as the form holds it: the image file's name and its caption. */
export interface FigureDraft {
  fileName: string;
  caption: string;
}

/** Everything the editor types, as typed: never lost on a refusal or a conflict. */
export interface ArticleDraft {
  title: string;
  summary: string;
  /** Markdown; HTML written in it is kept (a stored article's body opens as its HTML). */
  body: string;
  authorName: string;
  authorUnitCode: string;
  relatedUnitCodes: string[];
  eventDate: string;
  reportsPeriod: string;
  /** One topic per line. */
  topics: string;
  figures: FigureDraft[];
  changeNote: string;
}

export const emptyDraft = (authorName = ''): ArticleDraft => ({
  title: '',
  summary: '',
  body: '',
  authorName,
  authorUnitCode: '',
  relatedUnitCodes: [],
  eventDate: '',
  reportsPeriod: '',
  topics: '',
  figures: [],
  changeNote: '',
});

/** The form of a stored article; its HTML body stays HTML (Markdown lets it through as written). */
export function draftOf(article: NewsArticleFields): ArticleDraft {
  return {
    title: article.title,
    summary: article.summary,
    body: article.bodyHtml,
    authorName: article.authorName,
    authorUnitCode: article.authorUnit.code,
    relatedUnitCodes: article.relatedUnits.map((unit) => unit.code),
    eventDate: article.eventDate ?? '',
    reportsPeriod: article.reportsPeriod ?? '',
    topics: article.topics.join('\n'),
    figures: [...article.images].sort((a, b) => a.position - b.position).map((image) => ({ fileName: image.fileName, caption: image.captionVi })),
    changeNote: '',
  };
}

/** The id of each field's control, which error messages link to. */
export const fieldIds = {
  title: 'news-title',
  summary: 'news-summary',
  body: 'news-body',
  authorName: 'news-author-name',
  authorUnitCode: 'news-author-unit',
  relatedUnitCodes: 'news-related-units',
  eventDate: 'news-event-date',
  reportsPeriod: 'news-reports-period',
  topics: 'news-topics',
  changeNote: 'news-change-note',
  version: 'news-title',
  figureFile: (index: number) => `news-figure-${index}-file`,
  figureCaption: (index: number) => `news-figure-${index}-caption`,
} as const;

/** The kinds of problem the form finds itself, before anything is sent; the page words them. */
export type DraftProblem =
  | 'titleMissing'
  | 'titleTooLong'
  | 'summaryTooLong'
  | 'bodyMissing'
  | 'authorNameMissing'
  | 'authorUnitMissing'
  | 'periodInvalid'
  | 'figureFileInvalid'
  | 'figureCaptionMissing'
  | 'changeNoteMissing';

export interface DraftError {
  fieldId: string;
  problem: DraftProblem;
  /** The figure's number (from 1), for a figure's problem. */
  figure?: number;
}

const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;
const FILE_NAME = /^[\w.-]+$/;

/** What must be fixed before saving, in the order of the form. */
export function validateDraft(draft: ArticleDraft, options: { changeNoteRequired: boolean }): DraftError[] {
  const errors: DraftError[] = [];
  const title = draft.title.trim();
  if (!title) errors.push({ fieldId: fieldIds.title, problem: 'titleMissing' });
  else if (title.length > 300) errors.push({ fieldId: fieldIds.title, problem: 'titleTooLong' });
  if (draft.summary.trim().length > 300) errors.push({ fieldId: fieldIds.summary, problem: 'summaryTooLong' });
  if (!draft.body.trim()) errors.push({ fieldId: fieldIds.body, problem: 'bodyMissing' });
  if (!draft.authorName.trim()) errors.push({ fieldId: fieldIds.authorName, problem: 'authorNameMissing' });
  if (!draft.authorUnitCode) errors.push({ fieldId: fieldIds.authorUnitCode, problem: 'authorUnitMissing' });
  if (draft.reportsPeriod.trim() && !PERIOD.test(draft.reportsPeriod.trim())) errors.push({ fieldId: fieldIds.reportsPeriod, problem: 'periodInvalid' });
  draft.figures.forEach((figure, index) => {
    if (!FILE_NAME.test(figure.fileName.trim())) errors.push({ fieldId: fieldIds.figureFile(index), problem: 'figureFileInvalid', figure: index + 1 });
    if (!figure.caption.trim()) errors.push({ fieldId: fieldIds.figureCaption(index), problem: 'figureCaptionMissing', figure: index + 1 });
  });
  if (options.changeNoteRequired && !draft.changeNote.trim()) errors.push({ fieldId: fieldIds.changeNote, problem: 'changeNoteMissing' });
  return errors;
}

/** The API's input of a draft, with the body already turned into HTML. */
export function contentInput(draft: ArticleDraft, bodyHtml: string): NewsArticleContentInput {
  const topics = draft.topics
    .split('\n')
    .map((topic) => topic.trim())
    .filter(Boolean);
  return {
    title: draft.title.trim(),
    summary: draft.summary.trim() || null,
    bodyHtml,
    authorName: draft.authorName.trim(),
    authorUnitCode: draft.authorUnitCode,
    relatedUnitCodes: draft.relatedUnitCodes,
    eventDate: draft.eventDate || null,
    reportsPeriod: draft.reportsPeriod.trim() || null,
    topics,
    images: draft.figures.map((figure, index) => ({ fileName: figure.fileName.trim(), captionVi: figure.caption.trim(), position: index + 1 })),
  };
}

/**
 * The control a user error of the API points at: `['input', 'title']` is the title's field,
 * `['input', 'images', '1', 'captionVi']` the second figure's caption. Anything else is shown at
 * the top of the form, linked to the title.
 */
export function fieldIdOfError(error: Pick<UserErrorFields, 'field'>): string {
  return fieldIdOfPath(inputPathOf(error)) ?? fieldIds.title;
}

/** The control of an input path (`['images', '0', 'fileName']`), or null when none is its. */
export function fieldIdOfPath(path: readonly string[]): string | null {
  const [name, index, part] = path;
  if (name === 'images' && index !== undefined && /^\d+$/.test(index)) {
    return part === 'fileName' ? fieldIds.figureFile(Number(index)) : fieldIds.figureCaption(Number(index));
  }
  if (name && name in fieldIds && typeof fieldIds[name as keyof typeof fieldIds] === 'string') {
    return fieldIds[name as keyof typeof fieldIds] as string;
  }
  return null;
}

/** True when the API refused because someone else saved the article first. */
export const isConflict = (errors: readonly Pick<UserErrorFields, 'code'>[]) => errors.some((error) => error.code === 'CONFLICT');
