export {
  districtUnitKinds,
  personSchema,
  unitCodeSchema,
  unitKinds,
  unitSchema,
  type Person,
  type PersonFields,
  type PersonInput,
  type Unit,
  type UnitFields,
  type UnitInput,
  type UnitKind,
} from './unit';
export { ancestorsOf, buildUnitTree, type UnitTreeNode } from './unit-tree';
