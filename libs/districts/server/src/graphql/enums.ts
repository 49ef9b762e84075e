/** The schema's enum values, each mapped to the model's value it stands for. */
export const districtsEnums = {
  AreaLevel: { PROVINCE: 'province', DISTRICT: 'district' },
  AreaKind: { PROVINCE: 'province', CITY: 'city', TOWN: 'town', DISTRICT: 'district' },
} as const;
