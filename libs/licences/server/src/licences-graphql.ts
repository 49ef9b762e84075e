import { DomainError } from '@egov/errors';
import {
  connectionTypeDefs,
  dayArgument,
  defineLoader,
  type GraphQLModule,
  hasRole,
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
import {
  licenceStatus,
  licenceStatusLabels,
  licenceTypeLabels,
  type Licence,
  type LicenceStatus,
  type LicenceType,
} from '@egov/licences-model';
import { dayInVietnam } from '@egov/periods';
import { unitLoader, type UnitsRepository } from '@egov/units-server';
import {
  isLicenceSearch,
  licenceOrderColumns,
  licenceSearchOrderColumns,
  type LicenceListFilter,
  type LicencesRepository,
  type ListedLicence,
} from './licences-repository';

const typeDefs = /* GraphQL */ `
  "Kind of licence the department issues (loại giấy phép)."
  enum LicenceType {
    "Giấy phép xuất bản bản tin: bulletin publishing licence."
    BULLETIN_PUBLISHING
    "Giấy phép xuất bản tài liệu không kinh doanh: non-commercial publication licence."
    NON_COMMERCIAL_PUBLICATION
    "Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng: public electronic-game service point certificate."
    GAME_SERVICE_POINT_CERTIFICATE
  }

  "Where a licence stands on a day (tình trạng)."
  enum LicenceStatus {
    "Còn hiệu lực: issued and not ended (also before it takes effect)."
    VALID
    "Hết hiệu lực: past its last valid day."
    EXPIRED
    "Đã thu hồi: revoked, from the day of revocation."
    REVOKED
  }

  "A licence in the department's register (sổ cấp giấy phép)."
  type Licence implements Node {
    id: ID!
    "Kind of licence (loại giấy phép)."
    type: LicenceType!
    "The kind of licence, in Vietnamese."
    typeLabelVi: String!
    "The kind of licence, in English."
    typeLabelEn: String!
    "The number printed on the licence (số giấy phép): 03/GP-STTTT; unique within its type."
    number: String!
    "Who holds it (tổ chức, cá nhân được cấp phép)."
    holderName: String!
    "The holder's address: shown to staff (licensing officers, inspectors, admins) only, null for anyone else."
    holderAddress: String
    "What is licensed: the bulletin's or publication's title, or the service point's address."
    subjectVi: String!
    "Day of issue (ngày cấp), YYYY-MM-DD."
    issuedOn: Date!
    "First valid day (ngày có hiệu lực), YYYY-MM-DD; on or after the day of issue."
    validFrom: Date!
    "The last valid day; null when the licence has no end date."
    validUntil: Date
    "The day it was revoked (ngày thu hồi)."
    revokedOn: Date
    "Why it was revoked (lý do thu hồi); null unless revoked."
    revocationReason: String
    "Its status today in Vietnam."
    status: LicenceStatus!
    "Its status today, in Vietnamese."
    statusLabelVi: String!
    "Its status today, in English."
    statusLabelEn: String!
    "The unit that issued it (cơ quan cấp phép)."
    issuer: Unit!
    "A made-up record for demonstration (dữ liệu mẫu), never counted in statistics."
    isSample: Boolean!
    "Version for optimistic concurrency."
    version: Int!
  }

  ${connectionTypeDefs('Licence', 'A page of licences.')}

  "Which licences to list; every given criterion must hold."
  input LicenceFilter {
    "Only licences of this kind."
    type: LicenceType
    "Only licences in this status today."
    status: LicenceStatus
    "Words of the holder's name (or the number or subject), ignoring case and diacritics; best match first. At most 200 characters."
    holder: String
    "Only sample records (true) or only real ones (false); both when left out."
    isSample: Boolean
  }

  extend type Query {
    "Licences, latest issued first (best match first with a holder search)."
    licences(filter: LicenceFilter, first: Int, after: String, last: Int, before: String): LicenceConnection!
    "A licence by its global id."
    licence(id: ID!): Licence
  }

  "A newly issued licence to enter in the register (cấp giấy phép)."
  input LicenceIssueInput {
    "Kind of licence."
    type: LicenceType!
    "The number printed on the licence (số giấy phép), e.g. 03/GP-STTTT or 15/2021/GP-STTTT; at most 40 characters, unique within its type."
    number: String!
    "Who holds it (tổ chức, cá nhân được cấp phép)."
    holderName: String!
    "The holder's address, optional; shown to staff only."
    holderAddress: String
    "What is licensed: the bulletin's or publication's title, or the service point's address."
    subjectVi: String!
    "Day of issue (ngày cấp), YYYY-MM-DD."
    issuedOn: Date!
    "The first valid day; the day of issue when left out."
    validFrom: Date
    "The last valid day, YYYY-MM-DD; leave out when the licence has no end date."
    validUntil: Date
    "The issuing unit's code."
    issuerUnitCode: String! = "so-tttt"
    "True for a made-up record for demonstration (dữ liệu mẫu), never counted in statistics."
    isSample: Boolean! = false
  }

  "The licence entered in the register, or why it was refused."
  type LicenceIssuePayload {
    licence: Licence
    userErrors: [UserError!]!
  }

  "Revoking a licence (thu hồi giấy phép): from which day and why."
  input LicenceRevokeInput {
    "The licence's id (global id or UUID)."
    id: ID!
    "The version read; a stale one is a CONFLICT."
    version: Int!
    "Day of revocation (ngày thu hồi), YYYY-MM-DD; not before the day of issue."
    revokedOn: Date!
    "Why it is revoked (lý do thu hồi)."
    reason: String!
  }

  "The revoked licence, or why it could not be revoked."
  type LicenceRevokePayload {
    licence: Licence
    userErrors: [UserError!]!
  }

  extend type Mutation {
    "Enters a newly issued licence in the register (licensing officers)."
    licenceIssue(input: LicenceIssueInput!): LicenceIssuePayload!
    "Revokes a licence, once (licensing officers)."
    licenceRevoke(input: LicenceRevokeInput!): LicenceRevokePayload!
  }
`;

const typeValues: Record<string, LicenceType> = {
  BULLETIN_PUBLISHING: 'bulletin_publishing',
  NON_COMMERCIAL_PUBLICATION: 'non_commercial_publication',
  GAME_SERVICE_POINT_CERTIFICATE: 'game_service_point_certificate',
};
const statusValues: Record<string, LicenceStatus> = { VALID: 'valid', EXPIRED: 'expired', REVOKED: 'revoked' };

/** The register, latest issued first; a cursor holds the day of issue, the number and the type. */
const registerOrder: KeysetOrder<ListedLicence> = { name: 'licences', columns: licenceOrderColumns, position: (licence) => licence.position };
/** A holder search, best match first; a cursor holds the score too, so it is no cursor of the register. */
const searchOrder: KeysetOrder<ListedLicence> = {
  name: 'licences-search',
  columns: licenceSearchOrderColumns,
  position: (licence) => licence.position,
};

/** Staff who may see a holder's address (admins too). */
const SEES_HOLDER_ADDRESS = ['licensing_officer', 'inspector'] as const;

/** The register's key of the licence a mutation names; NOT_FOUND on `id` for anything but a Licence id. */
function licenceKey(id: string): string {
  const key = keyOfGlobalId(id, 'Licence');
  if (!key) throw DomainError.notFound('licence', id);
  return key;
}

/** The request's loader of licences by UUID. */
export const licenceLoader = defineLoader<string, Licence | null, LicencesRepository>('licence', (ids, repository) => repository.getMany(ids));

/** The register's field names in a domain error, renamed to the input's. */
const inputFieldNames: Record<string, string> = {
  revocationReason: 'reason',
};

interface IssueArgs {
  input: {
    type: LicenceType;
    number: string;
    holderName: string;
    holderAddress?: string | null;
    subjectVi: string;
    issuedOn: Date;
    validFrom?: Date | null;
    validUntil?: Date | null;
    issuerUnitCode: string;
    isSample: boolean;
  };
}

interface RevokeArgs {
  input: { id: string; version: number; revokedOn: Date; reason: string };
}

type LicenceFilterArgs = { type?: LicenceType | null; status?: LicenceStatus | null; holder?: string | null; isSample?: boolean | null } | null;

export interface LicencesGraphQLOptions {
  /** Today in Vietnam (ISO date), the day statuses are judged on; the real day when left out. */
  today?: () => string;
}

/** The licence register in the API: public reads, issue and revoke for licensing officers. */
export function licencesGraphQLModule(
  repos: { licences: LicencesRepository; units: UnitsRepository },
  options: LicencesGraphQLOptions = {},
): GraphQLModule {
  const { licences, units } = repos;
  const today = options.today ?? (() => dayInVietnam());

  return {
    name: 'licences',
    typeDefs,
    resolvers: {
      LicenceType: typeValues,
      LicenceStatus: statusValues,
      Licence: {
        typeLabelVi: (licence: Licence) => licenceTypeLabels[licence.type].vi,
        typeLabelEn: (licence: Licence) => licenceTypeLabels[licence.type].en,
        holderAddress: (licence: Licence, _: unknown, context: RequestContext) =>
          hasRole(context, ...SEES_HOLDER_ADDRESS) ? licence.holderAddress : null,
        status: (licence: Licence) => licenceStatus(licence, today()),
        statusLabelVi: (licence: Licence) => licenceStatusLabels[licenceStatus(licence, today())].vi,
        statusLabelEn: (licence: Licence) => licenceStatusLabels[licenceStatus(licence, today())].en,
        issuer: (licence: Licence, _: unknown, context: RequestContext) => unitLoader(context, units).load(licence.issuerUnitCode),
      },
      Query: {
        licences: async (_: unknown, args: PageArgs & { filter?: LicenceFilterArgs }) => {
          const filter = args.filter ?? {};
          if (filter.holder) searchText(filter.holder, 'holder');
          const listFilter: LicenceListFilter = {
            asOf: today(),
            ...(filter.type ? { type: filter.type } : {}),
            ...(filter.status ? { status: filter.status } : {}),
            ...(filter.holder ? { search: filter.holder } : {}),
            ...(typeof filter.isSample === 'boolean' ? { isSample: filter.isSample } : {}),
          };
          const order = isLicenceSearch(listFilter) ? searchOrder : registerOrder;
          const range = keysetRange(args, order);
          return keysetConnection(await licences.listPage(listFilter, range), range, order, () => licences.count(listFilter));
        },
        licence: (_: unknown, args: { id: string }, context: RequestContext) => {
          const key = keyOfGlobalId(args.id, 'Licence');
          return key ? licenceLoader(context, licences).load(key) : null;
        },
      },
      Mutation: {
        licenceIssue: (_: unknown, args: IssueArgs, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context, 'licensing_officer');
            const { issuedOn, validFrom, validUntil, holderAddress, ...rest } = args.input;
            const licence = await withInputNames(
              () =>
                licences.issue(
                {
                  ...rest,
                  holderAddress: holderAddress ?? null,
                  issuedOn: dayArgument(issuedOn),
                  validFrom: dayArgument(validFrom ?? issuedOn),
                  validUntil: validUntil ? dayArgument(validUntil) : null,
                  revokedOn: null,
                  revocationReason: null,
                },
                { actor },
              ),
              inputFieldNames,
            );
            return { licence };
          }),
        licenceRevoke: (_: unknown, args: RevokeArgs, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context, 'licensing_officer');
            const { id, version, revokedOn, reason } = args.input;
            const licence = await withInputNames(() => licences.revoke(licenceKey(id), version, { revokedOn: dayArgument(revokedOn), reason }, { actor }), inputFieldNames);
            return { licence };
          }),
      },
    },
    nodeTypes: {
      Licence: { key: (licence: Licence) => licence.id, load: (id, context) => licenceLoader(context, licences).load(id) as never },
    },
  };
}
