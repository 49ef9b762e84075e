import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PortalSummaryQuery, PortalSummaryQueryVariables, QuickLinkKind } from './portal-summary.generated';

export type { PortalSummaryQuery, PortalSummaryQueryVariables, QuickLinkKind };

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
