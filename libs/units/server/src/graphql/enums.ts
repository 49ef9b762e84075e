import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each mapped to the model's value it stands for (the generated types say which, and check it). */
export const unitsEnums = {
  UnitKind: {
    DEPARTMENT: 'department',
    DIVISION: 'division',
    INSPECTORATE: 'inspectorate',
    CENTRE: 'centre',
    PRESS: 'press',
    DISTRICT_COMMITTEE: 'district_committee',
    DISTRICT_DIVISION: 'district_division',
    DISTRICT_CENTRE: 'district_centre',
    NATIONAL_AGENCY: 'national_agency',
  },
} as const satisfies Pick<Resolvers, 'UnitKind'>;
