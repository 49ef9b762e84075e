import { gql, type TypedDocumentNode } from '@apollo/client';

/** What a quick link leads to (`QuickLinkKind`). */
export type QuickLinkKind = 'NATIONAL_PUBLIC_SERVICE_PORTAL' | 'LAW_AND_POLICY' | 'PROCEDURE_CATALOGUE' | 'STATISTICS' | 'OPEN_DATA';

/** The answer to {@link PORTAL_SUMMARY_QUERY}: what the shell's home page shows. */
export interface PortalSummaryQuery {
  portalSummary: {
    __typename: 'PortalSummary';
    /** The latest published articles, newest first (at most 5). */
    latestNews: Array<{
      __typename: 'PortalNewsItem';
      /** The article's global id (a `NewsArticle`). */
      id: string;
      title: string;
      slug: string;
      /** ISO 8601 instant. */
      publishedAt: string;
      summary: string;
    }>;
    /** The period of the headline figures; null before any figure is recorded. */
    period: {
      __typename: 'PortalSummaryPeriod';
      code: string;
      labelVi: string;
      labelEn: string;
      /** YYYY-MM-DD. */
      startsOn: string;
      /** YYYY-MM-DD. */
      endsOn: string;
    } | null;
    headlineIndicators: Array<{
      __typename: 'HeadlineIndicator';
      code: string;
      nameVi: string;
      nameEn: string;
      value: number;
      unitVi: string;
      unitEn: string;
      period: string;
      targetValue: number | null;
      targetMet: boolean | null;
      provisional: boolean;
      factId: string | null;
    }>;
    counts: {
      __typename: 'PortalSummaryCounts';
      procedures: number;
      licencesValid: number;
      /** YYYY-MM-DD: the day the licences are judged on. */
      asOf: string;
      awards: number;
    };
    quickLinks: Array<{
      __typename: 'QuickLink';
      kind: QuickLinkKind;
      labelVi: string;
      labelEn: string;
      /** An https address, or a path within the portal. */
      url: string;
      external: boolean;
    }>;
  };
}

/** {@link PORTAL_SUMMARY_QUERY} takes no variables. */
export type PortalSummaryQueryVariables = Record<string, never>;

/** Everything the home page shows (latest news, headline figures, counts, quick links) in one query. */
export const PORTAL_SUMMARY_QUERY: TypedDocumentNode<PortalSummaryQuery, PortalSummaryQueryVariables> = gql`
  query PortalSummary {
    portalSummary {
      latestNews {
        id
        title
        slug
        publishedAt
        summary
      }
      period {
        code
        labelVi
        labelEn
        startsOn
        endsOn
      }
      headlineIndicators {
        code
        nameVi
        nameEn
        value
        unitVi
        unitEn
        period
        targetValue
        targetMet
        provisional
        factId
      }
      counts {
        procedures
        licencesValid
        asOf
        awards
      }
      quickLinks {
        kind
        labelVi
        labelEn
        url
        external
      }
    }
  }
`;
