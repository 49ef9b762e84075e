/** What the unit tests of the statistics remote answer for the gateway: the first data set's 2020-H1 figures and awards. */
import { graphqlRequestOf } from '@egov/client';
import { dashboardFixture, firstAwards, period } from './view/test-fixtures';

/** The data each operation is answered with, by operation name. */
export type Answers = Readonly<Record<string, unknown>>;

/** The dashboard of 2020-H1, the only period opened. */
export const dashboardAnswers: Answers = {
  StatisticsDashboard: { reportingPeriods: [period], statisticsDashboard: dashboardFixture },
};

/** The awards register of 2020-H1 (F40–F42) with the periods its filter offers. */
export const awardsAnswers: Answers = {
  ReportingPeriods: { reportingPeriods: [period] },
  AwardsRegister: {
    awards: {
      __typename: 'AwardConnection',
      totalCount: firstAwards.length,
      totals: {
        __typename: 'AwardTotals',
        awards: firstAwards.length,
        collectives: firstAwards.reduce((sum, each) => sum + each.collectivesCount, 0),
        individuals: firstAwards.reduce((sum, each) => sum + each.individualsCount, 0),
      },
      nodes: firstAwards,
    },
  },
};

/**
 * A gateway stand-in: answers each operation from `answers` by its name, or with a GraphQL error
 * when there is none; the name of each operation asked is pushed to `asked`.
 */
export const gateway =
  (answers: Answers, asked: string[] = []): typeof fetch =>
  async (input, init) => {
    const { operationName } = graphqlRequestOf(input, init);
    asked.push(operationName);
    const data = answers[operationName];
    return new Response(JSON.stringify(data ? { data } : { errors: [{ message: `no fixture for ${operationName}` }] }), { headers: { 'content-type': 'application/json' } });
  };
