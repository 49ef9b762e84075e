import { hasRole, type RequestContext } from '@egov/graphql';
import { licenceStatus, licenceStatusLabels, licenceTypeLabels, type Licence } from '@egov/licences-model';
import { unitLoader } from '@egov/units-server';
import type { LicencesSources } from '../sources';

/** Staff who may see a holder's address (admins too). */
const SEES_HOLDER_ADDRESS = ['licensing_officer', 'inspector'] as const;

export const licenceResolvers = ({ units, today }: LicencesSources) => ({
  typeLabelVi: (licence: Licence) => licenceTypeLabels[licence.type].vi,
  typeLabelEn: (licence: Licence) => licenceTypeLabels[licence.type].en,
  holderAddress: (licence: Licence, _: unknown, context: RequestContext) =>
    hasRole(context, ...SEES_HOLDER_ADDRESS) ? licence.holderAddress : null,
  status: (licence: Licence) => licenceStatus(licence, today()),
  statusLabelVi: (licence: Licence) => licenceStatusLabels[licenceStatus(licence, today())].vi,
  statusLabelEn: (licence: Licence) => licenceStatusLabels[licenceStatus(licence, today())].en,
  issuer: (licence: Licence, _: unknown, context: RequestContext) => unitLoader(context, units).load(licence.issuerUnitCode),
});
