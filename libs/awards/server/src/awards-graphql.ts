import {
  awardAuthorities,
  awardKindLabels,
  formatYearsCovered,
  recipientsOf,
  reportingPeriodSchema,
  type Award,
  type AwardInput,
  type AwardKind,
  type AwardLevel,
} from '@egov/awards-model';
import { DomainError } from '@egov/errors';
import {
  badInput,
  columnToInputName,
  connectionTypeDefs,
  dayArgument,
  defineLoader,
  type GraphQLModule,
  keyOfGlobalId,
  keysetConnection,
  type KeysetOrder,
  keysetRange,
  mutationPayload,
  type PageArgs,
  type RequestContext,
  requireRole,
  searchText,
  withInputNames,
} from '@egov/graphql';
import { unitLoader, type UnitsRepository } from '@egov/units-server';
import { searchTokens } from '@egov/text';
import { awardOrders, awardSearchOrders, type AwardListFilter, type AwardsRepository, type FoundAward, type PagedAward } from './awards-repository';

const typeDefs = /* GraphQL */ `
  "Form of commendation (hình thức khen thưởng)."
  enum AwardKind {
    "Bằng khen: conferred by the Prime Minister, a minister or the chairman of a provincial People's Committee."
    CERTIFICATE_OF_MERIT
    "Giấy khen: conferred by the director of a department or the chairman of a district or commune committee."
    COMMENDATION
  }

  "Tier of government an award is conferred at (cấp khen thưởng)."
  enum AwardLevel {
    NATIONAL
    MINISTERIAL
    PROVINCIAL
    DEPARTMENT
    DISTRICT
    COMMUNE
  }

  "Who confers an award (thẩm quyền khen thưởng); each confers one form at one level."
  enum AwardAuthority {
    "Thủ tướng Chính phủ: a certificate of merit, national level."
    PRIME_MINISTER
    "Bộ trưởng: a certificate of merit, ministerial level."
    MINISTER
    "Chủ tịch UBND tỉnh: a certificate of merit, provincial level."
    PROVINCIAL_CHAIRMAN
    "Giám đốc Sở: a commendation, department level."
    DEPARTMENT_DIRECTOR
    "Chủ tịch UBND huyện: a commendation, district level."
    DISTRICT_CHAIRMAN
    "Chủ tịch UBND xã: a commendation, commune level."
    COMMUNE_CHAIRMAN
  }

  "Who is honoured."
  enum AwardRecipientKind {
    "Tập thể: one collective (a unit)."
    COLLECTIVE
    "Cá nhân: one individual."
    INDIVIDUAL
    "Several collectives and individuals honoured at once, reported by count."
    GROUP
  }

  "An award (khen thưởng): who conferred what on whom, why and when, with the words of the source."
  type Award implements Node {
    id: ID!
    "Form of commendation (hình thức khen thưởng): certificate of merit or commendation."
    kind: AwardKind!
    "The form's name in Vietnamese: Bằng khen, Giấy khen."
    kindLabelVi: String!
    "The form's name in English."
    kindLabelEn: String!
    "Who conferred it (thẩm quyền khen thưởng)."
    conferredBy: AwardAuthority!
    "The authority's title in Vietnamese: Chủ tịch UBND tỉnh."
    conferredByLabelVi: String!
    "The authority's title in English."
    conferredByLabelEn: String!
    "Tier of government it was conferred at (cấp khen thưởng)."
    level: AwardLevel!
    "Who is honoured: one collective, one individual or a group."
    recipientKind: AwardRecipientKind!
    "The unit honoured (a collective), or the unit an individual or a group belongs to (đơn vị được khen thưởng)."
    recipientUnit: Unit
    "The recipient as the decision names it; for a group, an optional description."
    recipientName: String
    "Collectives honoured: 1 for a collective, 0 for an individual, the count for a group."
    collectivesCount: Int!
    "Individuals honoured: 1 for an individual, 0 for a collective, the count for a group."
    individualsCount: Int!
    "Why the award was conferred (lý do), in Vietnamese."
    reasonVi: String!
    "Why, in English."
    reasonEn: String
    "First year of the work the award recognises, when the source says."
    coveredFromYear: Int
    "Last year of the work the award recognises, when the source says."
    coveredToYear: Int
    "The years covered as people write them: 2016–2020."
    yearsCovered: String
    "The day the award was conferred (ngày khen thưởng)."
    conferredOn: Date!
    "The reporting period (kỳ báo cáo) the award is reported in: 2020, 2020-H1 or 2020-Q3."
    period: String!
    "The id of the figure in the first data set's fact table: F40."
    factId: String
    "The words of the source that report the award (trích dẫn nguồn)."
    sourceQuote: String
    "Version for optimistic concurrency: name it to update the award."
    version: Int!
  }

  "What a list of awards adds up to (tổng hợp khen thưởng)."
  type AwardTotals {
    "Decisions recorded."
    awards: Int!
    "Collectives (tập thể) honoured, counting each member of a group."
    collectives: Int!
    "Individuals (cá nhân) honoured, counting each member of a group."
    individuals: Int!
  }

  ${connectionTypeDefs('Award', 'A page of awards.')}

  extend type AwardConnection {
    "What every award that matches (over all pages) adds up to."
    totals: AwardTotals!
  }

  "Which awards to list."
  input AwardFilter {
    "Only awards of this form."
    kind: AwardKind
    "Only awards conferred at this tier."
    level: AwardLevel
    """
    Reporting period code: 2020, 2020-H1 or 2020-Q3. Any such code is a real stretch of the
    calendar (an award's period is the one holding its day, not an opened statistics period),
    so a period without awards answers an empty page, like a level without awards.
    """
    period: String
    "Only awards of this unit (by code); a code that names no unit is refused as BAD_USER_INPUT."
    recipientUnitCode: String
    "Words of the recipient's name or unit, ignoring case and diacritics (at most 200 characters); best matches first."
    query: String
  }

  "What awards are ordered by."
  enum AwardOrderField {
    "The day conferred."
    CONFERRED_ON
  }

  "Which way to order."
  enum AwardOrderDirection {
    ASC
    DESC
  }

  "How to order awards; without it, latest first (best match first with a query)."
  input AwardOrder {
    "What to order by: the day conferred."
    field: AwardOrderField! = CONFERRED_ON
    "Ascending or descending; latest first by default."
    direction: AwardOrderDirection! = DESC
  }

  "An award to record (ghi nhận khen thưởng). Form and level follow from who confers it."
  input AwardRecordInput {
    "Form of commendation; must match who confers it."
    kind: AwardKind!
    "Who confers it (thẩm quyền khen thưởng)."
    conferredBy: AwardAuthority!
    "Tier of government; must match who confers it."
    level: AwardLevel!
    "Who is honoured: one collective, one individual or a group."
    recipientKind: AwardRecipientKind!
    "Code of the unit honoured, or the unit an individual or a group belongs to."
    recipientUnitCode: String
    "The recipient as the decision names it (required for an individual)."
    recipientName: String
    "For a group: how many collectives it holds."
    collectivesCount: Int
    "For a group: how many individuals it holds."
    individualsCount: Int
    "Why it is conferred (lý do), in Vietnamese."
    reasonVi: String!
    "Why, in English; optional."
    reasonEn: String
    "First year of the work it recognises, when the source says."
    coveredFromYear: Int
    "Last year of the work it recognises, not after the year conferred; when the source says."
    coveredToYear: Int
    "The day conferred (ngày khen thưởng), YYYY-MM-DD."
    conferredOn: Date!
    "Reporting period holding the day conferred: 2020, 2020-H1 or 2020-Q3."
    period: String!
    "The id of the figure in the first data set's fact table: F followed by its number (F40); optional."
    factId: String
    "The words of the source that report the award (trích dẫn nguồn); optional."
    sourceQuote: String
  }

  "An award's new fields, with the version read; every field is replaced."
  input AwardUpdateInput {
    "The award's global id."
    id: ID!
    "The version read; a stale one is a CONFLICT."
    version: Int!
    "Form of commendation; must match who confers it."
    kind: AwardKind!
    "Who confers it (thẩm quyền khen thưởng)."
    conferredBy: AwardAuthority!
    "Tier of government; must match who confers it."
    level: AwardLevel!
    "Who is honoured: one collective, one individual or a group."
    recipientKind: AwardRecipientKind!
    "Code of the unit honoured, or the unit an individual or a group belongs to."
    recipientUnitCode: String
    "The recipient as the decision names it (required for an individual)."
    recipientName: String
    "For a group: how many collectives it holds."
    collectivesCount: Int
    "For a group: how many individuals it holds."
    individualsCount: Int
    "Why it is conferred (lý do), in Vietnamese."
    reasonVi: String!
    "Why, in English; optional."
    reasonEn: String
    "First year of the work it recognises, when the source says."
    coveredFromYear: Int
    "Last year of the work it recognises, not after the year conferred; when the source says."
    coveredToYear: Int
    "The day conferred (ngày khen thưởng), YYYY-MM-DD."
    conferredOn: Date!
    "Reporting period holding the day conferred: 2020, 2020-H1 or 2020-Q3."
    period: String!
    "The fact an award was recorded from cannot change once set."
    factId: String
    "The words of the source that report the award (trích dẫn nguồn); optional."
    sourceQuote: String
  }

  "The award recorded, or why not."
  type AwardRecordPayload {
    award: Award
    userErrors: [UserError!]!
  }

  "The award updated, or why not."
  type AwardUpdatePayload {
    award: Award
    userErrors: [UserError!]!
  }

  extend type Query {
    "An award by its global id."
    award(id: ID!): Award
    "Awards, latest first, filtered, with their totals."
    awards(filter: AwardFilter, orderBy: AwardOrder, first: Int, after: String, last: Int, before: String): AwardConnection!
  }

  extend type Mutation {
    "Records an award. Role: admin."
    awardRecord(input: AwardRecordInput!): AwardRecordPayload!
    "Replaces an award's fields, naming the version read. Role: admin."
    awardUpdate(input: AwardUpdateInput!): AwardUpdatePayload!
  }
`;

const kinds = { CERTIFICATE_OF_MERIT: 'certificate_of_merit', COMMENDATION: 'commendation' } as const;
const levels = {
  NATIONAL: 'national',
  MINISTERIAL: 'ministerial',
  PROVINCIAL: 'provincial',
  DEPARTMENT: 'department',
  DISTRICT: 'district',
  COMMUNE: 'commune',
} as const;
const authorities = {
  PRIME_MINISTER: 'prime_minister',
  MINISTER: 'minister',
  PROVINCIAL_CHAIRMAN: 'provincial_chairman',
  DEPARTMENT_DIRECTOR: 'department_director',
  DISTRICT_CHAIRMAN: 'district_chairman',
  COMMUNE_CHAIRMAN: 'commune_chairman',
} as const;
const recipientKinds = { COLLECTIVE: 'collective', INDIVIDUAL: 'individual', GROUP: 'group' } as const;

const UNIT_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const position = (award: PagedAward) => [award.conferredOn, award.factId === null, award.factId ?? '', award.recordedAt, award.id];
/** The orders of the awards as cursors name them: a cursor of one is refused by the other. */
const orders: Record<'asc' | 'desc', KeysetOrder<PagedAward>> = {
  desc: { name: 'awards-latest', columns: awardOrders.latest, position },
  asc: { name: 'awards-oldest', columns: awardOrders.oldest, position },
};

const foundPosition = (award: FoundAward) => [award.conferredOn, award.score, ...position(award).slice(1)];
/** The orders of a recipient search: by relevance (no `orderBy`), or by day. */
const searchOrders: Record<'relevance' | 'asc' | 'desc', KeysetOrder<FoundAward>> = {
  relevance: { name: 'awards-search', columns: awardSearchOrders.relevance, position: (award) => [award.score, ...position(award)] },
  desc: { name: 'awards-search-latest', columns: awardSearchOrders.latest, position: foundPosition },
  asc: { name: 'awards-search-oldest', columns: awardSearchOrders.oldest, position: foundPosition },
};

/** The value of `work`, computed once and only when first asked for. */
function once<T>(work: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= work());
}

/** The request's loader of awards by id. */
const awardLoader = defineLoader<string, Award | null, AwardsRepository>('award', (ids, repository) => repository.getMany(ids));

type AwardFieldsArgs = Omit<AwardInput, 'conferredOn'> & { conferredOn: Date };
type Nullable<T> = { [K in keyof T]: T[K] | null | undefined };

/** The model's input from the GraphQL one: omitted optional fields are null, the day an ISO date. */
function toAwardInput(input: Nullable<AwardFieldsArgs> & Pick<AwardFieldsArgs, 'kind' | 'conferredBy' | 'level' | 'recipientKind' | 'reasonVi' | 'period' | 'conferredOn'>): AwardInput {
  return {
    factId: input.factId ?? null,
    kind: input.kind,
    conferredBy: input.conferredBy,
    level: input.level,
    recipientKind: input.recipientKind,
    recipientUnitCode: input.recipientUnitCode ?? null,
    recipientName: input.recipientName ?? null,
    collectivesCount: input.collectivesCount ?? null,
    individualsCount: input.individualsCount ?? null,
    reasonVi: input.reasonVi,
    reasonEn: input.reasonEn ?? null,
    coveredFromYear: input.coveredFromYear ?? null,
    coveredToYear: input.coveredToYear ?? null,
    conferredOn: dayArgument(input.conferredOn),
    period: input.period,
    sourceQuote: input.sourceQuote ?? null,
  };
}


interface AwardFilterArgs {
  kind?: AwardKind | null;
  level?: AwardLevel | null;
  period?: string | null;
  recipientUnitCode?: string | null;
  query?: string | null;
}

/** Awards in the API: public reads; admins record and update them. */
export function awardsGraphQLModule(repos: { awards: AwardsRepository; units: UnitsRepository }): GraphQLModule {
  const { awards, units } = repos;
  return {
    name: 'awards',
    typeDefs,
    resolvers: {
      AwardKind: kinds,
      AwardLevel: levels,
      AwardAuthority: authorities,
      AwardRecipientKind: recipientKinds,
      AwardOrderField: { CONFERRED_ON: 'conferredOn' },
      AwardOrderDirection: { ASC: 'asc', DESC: 'desc' },
      Award: {
        kindLabelVi: (award: Award) => awardKindLabels[award.kind].vi,
        kindLabelEn: (award: Award) => awardKindLabels[award.kind].en,
        conferredByLabelVi: (award: Award) => awardAuthorities[award.conferredBy].labelVi,
        conferredByLabelEn: (award: Award) => awardAuthorities[award.conferredBy].labelEn,
        recipientUnit: (award: Award, _: unknown, context: RequestContext) =>
          award.recipientUnitCode ? unitLoader(context, units).load(award.recipientUnitCode) : null,
        collectivesCount: (award: Award) => recipientsOf(award).collectives,
        individualsCount: (award: Award) => recipientsOf(award).individuals,
        yearsCovered: (award: Award) => formatYearsCovered(award),
      },
      Query: {
        award: (_: unknown, args: { id: string }, context: RequestContext) => {
          const key = keyOfGlobalId(args.id, 'Award');
          return key ? awardLoader(context, awards).load(key) : null;
        },
        awards: async (
          _: unknown,
          args: PageArgs & { filter?: AwardFilterArgs | null; orderBy?: { field: 'conferredOn'; direction: 'asc' | 'desc' } | null },
          context: RequestContext,
        ) => {
          const filter = args.filter ?? {};
          if (filter.period && !reportingPeriodSchema.safeParse(filter.period).success) {
            throw badInput('"period" must be a reporting period: 2020, 2020-H1 or 2020-Q3.', 'period');
          }
          if (filter.recipientUnitCode && (filter.recipientUnitCode.length > 100 || !UNIT_CODE.test(filter.recipientUnitCode))) {
            throw badInput('"recipientUnitCode" must be a unit code: lower-case words joined by hyphens.', 'recipientUnitCode');
          }
          const query = filter.query ?? '';
          searchText(query);

          const criteria: AwardListFilter = {
            ...(filter.kind ? { kind: filter.kind } : {}),
            ...(filter.level ? { level: filter.level } : {}),
            ...(filter.period ? { period: filter.period } : {}),
            ...(filter.recipientUnitCode ? { recipientUnitCode: filter.recipientUnitCode } : {}),
          };
          // An award found proves its unit exists (foreign key); only an empty list may hide a unit
          // code that names nothing. The period needs no such check: every well-formed period is
          // a real stretch of the calendar, whether or not awards fall in it.
          const refuseUnknownUnit = async (found: readonly Award[]) => {
            if (found.length === 0 && filter.recipientUnitCode && !(await unitLoader(context, units).load(filter.recipientUnitCode))) {
              throw badInput(`There is no unit "${filter.recipientUnitCode}".`, 'recipientUnitCode');
            }
          };
          const loader = awardLoader(context, awards);

          // A query of no words (punctuation only) asks for nothing in particular: the list, unsearched.
          if (searchTokens(query).length === 0) {
            // Pages read from the database in the order asked; counted only when asked.
            const order = orders[args.orderBy?.direction ?? 'desc'];
            const range = keysetRange(args, order);
            const page = await awards.page(criteria, range, order.columns);
            await refuseUnknownUnit(page.rows);
            for (const award of page.rows) loader.prime(award.id, award);
            const totals = once(() => awards.totals(criteria));
            return { ...keysetConnection(page, range, order, async () => (await totals()).awards), totals };
          }

          // Best matches first, or by day with `orderBy`, ranked and paged by the database. A
          // collective recorded only by its unit is found by the unit's name: the units (a short
          // reference list) are read once, and prime the request's unit loader.
          const everyUnit = await units.list();
          const unitsByCode = unitLoader(context, units);
          for (const unit of everyUnit) unitsByCode.prime(unit.code, unit);
          const unitNames = new Map(everyUnit.map((unit) => [unit.code, unit.nameVi]));
          const order = searchOrders[args.orderBy?.direction ?? 'relevance'];
          const range = keysetRange(args, order);
          const page = (await awards.searchPage(criteria, query, unitNames, range, order.columns)) ?? { rows: [], more: false };
          await refuseUnknownUnit(page.rows);
          for (const award of page.rows) loader.prime(award.id, award);
          const totals = once(() => awards.searchTotals(criteria, query, unitNames));
          return { ...keysetConnection(page, range, order, async () => (await totals()).awards), totals };
        },
      },
      Mutation: {
        awardRecord: (_: unknown, args: { input: Parameters<typeof toAwardInput>[0] }, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context);
            const award = await withInputNames(() => awards.record(toAwardInput(args.input), { actor }), columnToInputName);
            return { award };
          }),
        awardUpdate: (
          _: unknown,
          args: { input: Parameters<typeof toAwardInput>[0] & { id: string; version: number } },
          context: RequestContext,
        ) =>
          mutationPayload(async () => {
            const actor = requireRole(context);
            const { id, version, ...fields } = args.input;
            const key = keyOfGlobalId(id, 'Award');
            if (!key) throw new DomainError('NOT_FOUND', 'There is no award with this id.', [{ field: ['id'], message: 'There is no award with this id.', code: 'NOT_FOUND' }]);
            const award = await withInputNames(() => awards.update(key, version, toAwardInput(fields), { actor }), columnToInputName);
            return { award };
          }),
      },
    },
    nodeTypes: {
      Award: { key: (award: Award) => award.id, load: (id, context) => awardLoader(context, awards).load(id) as never },
    },
  };
}
