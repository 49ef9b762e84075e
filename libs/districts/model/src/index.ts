export {
  LANG_SON_PROVINCE_CODE,
  areaKinds,
  areaLevels,
  areaSchema,
  type Area,
  type AreaFields,
  type AreaInput,
  type AreaKind,
  type AreaLevel,
} from './area';
export { districtsOf, isAreaValidOn, totalCommunes } from './area-rules';
