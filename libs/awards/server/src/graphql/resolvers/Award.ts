import { awardAuthorities, awardKindLabels, formatYearsCovered, recipientsOf, type Award } from '@egov/awards-model';
import type { RequestContext } from '@egov/graphql';
import { unitLoader } from '@egov/units-server';
import type { AwardsSources } from '../sources';

export const awardResolvers = ({ units }: AwardsSources) => ({
  kindLabelVi: (award: Award) => awardKindLabels[award.kind].vi,
  kindLabelEn: (award: Award) => awardKindLabels[award.kind].en,
  conferredByLabelVi: (award: Award) => awardAuthorities[award.conferredBy].labelVi,
  conferredByLabelEn: (award: Award) => awardAuthorities[award.conferredBy].labelEn,
  recipientUnit: (award: Award, _: unknown, context: RequestContext) =>
    award.recipientUnitCode ? unitLoader(context, units).load(award.recipientUnitCode) : null,
  collectivesCount: (award: Award) => recipientsOf(award).collectives,
  individualsCount: (award: Award) => recipientsOf(award).individuals,
  yearsCovered: (award: Award) => formatYearsCovered(award),
});
