import { awardAuthorities, awardKindLabels, formatYearsCovered, recipientsOf } from '@egov/awards-model';
import { unitLoader } from '@egov/units-server';
import type { AwardResolvers } from '../schema-types.generated';
import type { AwardsSources } from '../sources';

export const awardResolvers = ({ units }: AwardsSources): AwardResolvers => ({
  kindLabelVi: (award) => awardKindLabels[award.kind].vi,
  kindLabelEn: (award) => awardKindLabels[award.kind].en,
  conferredByLabelVi: (award) => awardAuthorities[award.conferredBy].labelVi,
  conferredByLabelEn: (award) => awardAuthorities[award.conferredBy].labelEn,
  recipientUnit: (award, _, context) =>
    award.recipientUnitCode ? unitLoader(context, units).load(award.recipientUnitCode) : null,
  collectivesCount: (award) => recipientsOf(award).collectives,
  individualsCount: (award) => recipientsOf(award).individuals,
  yearsCovered: (award) => formatYearsCovered(award),
});
