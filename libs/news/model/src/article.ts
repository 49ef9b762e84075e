import { periodCodeSchema } from '@egov/periods';
import { unitCodeSchema } from '@egov/units-model';
import { z } from 'zod';
import { SUMMARY_MAX_LENGTH } from './summary';

/** Where an article (bài viết) is in its life: a draft, on the portal, or taken down. */
export const articleStates = ['draft', 'published', 'withdrawn'] as const;
export type ArticleState = (typeof articleStates)[number];

/** Limits of the editable fields, in characters (the body is HTML, before sanitising). */
export const articleLimits = {
  title: 300,
  summary: SUMMARY_MAX_LENGTH,
  bodyHtml: 200_000,
  authorName: 200,
  changeNote: 1000,
  topic: 300,
  topics: 20,
  relatedUnits: 100,
  images: 30,
  caption: 500,
  withdrawalReason: 1000,
} as const;

/** A slug as it appears in the article's address: lower-case ASCII words joined by hyphens. */
export const articleSlugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'A slug is lower-case ASCII words joined by hyphens');

/**
 * A statistics period an article reports on: a year (`2020`), a half (`2020-H1`), a quarter
 * (`2020-Q3`) or a month (`2020-06`).
 */
export const reportsPeriodSchema = periodCodeSchema;

/**
 * An image of an article, by file name. The file itself may be missing (the first data set has
 * only the names), so the caption doubles as the alternative text when none is given.
 */
export const articleImageSchema = z
  .object({
    fileName: z
      .string()
      .min(1)
      .max(255)
      .regex(/^[\w.-]+$/, 'A file name is letters, digits, dots, hyphens and underscores, without folders'),
    captionVi: z.string().trim().min(1).max(articleLimits.caption),
    altVi: z.string().trim().min(1).max(articleLimits.caption).nullish(),
    /** Order among the article's images, from 1. */
    position: z.number().int().min(1).max(1000),
  })
  .transform((image) => ({ ...image, altVi: image.altVi ?? image.captionVi }));

export type ArticleImageInput = z.input<typeof articleImageSchema>;
export type ArticleImage = z.output<typeof articleImageSchema>;

/** What an editor writes: the fields of a draft or of an edit. */
export const articleInputSchema = z
  .object({
    /** Derived from the title when not given; never changes once the article exists. */
    slug: articleSlugSchema.nullish(),
    title: z.string().trim().min(1).max(articleLimits.title),
    /** Derived from the body (first sentences) when not given. */
    summary: z.string().trim().min(1).max(articleLimits.summary).nullish(),
    bodyHtml: z.string().max(articleLimits.bodyHtml),
    authorName: z.string().trim().min(1).max(articleLimits.authorName),
    authorUnitCode: unitCodeSchema,
    authorPersonId: unitCodeSchema.nullish(),
    relatedUnitCodes: z.array(unitCodeSchema).max(articleLimits.relatedUnits).default([]),
    /** The day the event reported on took place. */
    eventDate: z.iso.date().nullish(),
    reportsPeriod: reportsPeriodSchema.nullish(),
    topics: z.array(z.string().trim().min(1).max(articleLimits.topic)).max(articleLimits.topics).default([]),
    images: z.array(articleImageSchema).max(articleLimits.images).default([]),
    /** Why the article was changed; required for an edit once the article has been published. */
    changeNote: z.string().trim().min(1).max(articleLimits.changeNote).nullish(),
  })
  .superRefine((article, ctx) => {
    const units = new Set<string>();
    article.relatedUnitCodes.forEach((code, index) => {
      if (units.has(code)) ctx.addIssue({ code: 'custom', path: ['relatedUnitCodes', index], message: `Unit "${code}" is listed twice` });
      units.add(code);
    });
    const positions = new Set<number>();
    article.images.forEach((image, index) => {
      if (positions.has(image.position)) {
        ctx.addIssue({ code: 'custom', path: ['images', index, 'position'], message: `Two images share position ${image.position}` });
      }
      positions.add(image.position);
    });
  });

export type ArticleInput = z.input<typeof articleInputSchema>;
export type ArticleFields = z.output<typeof articleInputSchema>;

/** When to publish: now, or at a later moment (scheduled) or an earlier one (back-dated import). */
export const publishOptionsSchema = z.object({
  at: z.iso.datetime({ offset: true }).nullish(),
});
export type PublishOptions = z.input<typeof publishOptionsSchema>;

/** Why an article is taken down, shown to editors and kept in the audit trail. */
export const withdrawalReasonSchema = z.string().trim().min(1).max(articleLimits.withdrawalReason);

/** An article as stored and shown. Times are ISO instants; `publishedAt` may lie in the future (scheduled). */
export interface Article {
  id: string;
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  state: ArticleState;
  authorName: string;
  authorUnitCode: string;
  authorPersonId: string | null;
  relatedUnitCodes: string[];
  eventDate: string | null;
  firstPublishedAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  changeNote: string | null;
  withdrawalReason: string | null;
  reportsPeriod: string | null;
  topics: string[];
  images: ArticleImage[];
  version: number;
}
