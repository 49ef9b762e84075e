import { defineLoader } from '@egov/graphql';
import type { Person, Unit } from '@egov/units-model';
import type { UnitsRepository } from '../units-repository';

/** The request's loader of units by code; other domains use it for their unit fields. */
export const unitLoader = defineLoader<string, Unit | null, UnitsRepository>('unit', (codes, repository) => repository.getMany(codes));

/** Children of many units from one read of the table, for the organisation chart. */
export const childrenLoader = defineLoader<string, Unit[], UnitsRepository>('unitChildren', async (codes, repository) => {
  const all = await repository.list();
  return codes.map((code) => all.filter((unit) => unit.parentCode === code).sort((a, b) => a.nameVi.localeCompare(b.nameVi, 'vi')));
});

export const peopleLoader = defineLoader<string, Person[], UnitsRepository>('unitPeople', async (codes, repository) => {
  const people = await repository.people();
  return codes.map((code) => people.filter((person) => person.unitCode === code));
});
