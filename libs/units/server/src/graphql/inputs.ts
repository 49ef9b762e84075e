import { codeArgument } from '@egov/graphql';

const UNIT_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const AREA_CODE = /^\d{2,5}$/;

export const checkParentCode = (value: string) => codeArgument(value, 'parentCode', UNIT_CODE, 'a unit code: lower-case words joined by hyphens');
export const checkAreaCode = (value: string) => codeArgument(value, 'areaCode', AREA_CODE, 'a GSO area code of 2 to 5 digits');
