import { existing, hasRole } from '@egov/graphql';
import { licenceStatus, licenceStatusLabels, licenceTypeLabels } from '@egov/licences-model';
import { unitLoader } from '@egov/units-server';
import type { LicenceResolvers } from '../schema-types.generated';
import type { LicencesSources } from '../sources';

/** Staff who may see a holder's address (admins too). */
const SEES_HOLDER_ADDRESS = ['licensing_officer', 'inspector'] as const;

export const licenceResolvers = ({ units, today }: LicencesSources): LicenceResolvers => ({
  typeLabelVi: (licence) => licenceTypeLabels[licence.type].vi,
  typeLabelEn: (licence) => licenceTypeLabels[licence.type].en,
  holderAddress: (licence, _, context) =>
    hasRole(context, ...SEES_HOLDER_ADDRESS) ? licence.holderAddress : null,
  status: (licence) => licenceStatus(licence, today()),
  statusLabelVi: (licence) => licenceStatusLabels[licenceStatus(licence, today())].vi,
  statusLabelEn: (licence) => licenceStatusLabels[licenceStatus(licence, today())].en,
  issuer: (licence, _, context) => existing(unitLoader(context, units).load(licence.issuerUnitCode), `Unit ${licence.issuerUnitCode}`),
});
