import { keyOfGlobalId, keysetConnection, type KeysetOrder, keysetRange, searchText } from '@egov/graphql';
import { isLicenceSearch, licenceOrderColumns, licenceSearchOrderColumns, type LicenceListFilter, type ListedLicence } from '../../licences-repository';
import { licenceLoader } from '../loaders';
import type { QueryResolvers } from '../schema-types.generated';
import type { LicencesSources } from '../sources';

/** The register, latest issued first; a cursor holds the day of issue, the number and the type. */
const registerOrder: KeysetOrder<ListedLicence> = { name: 'licences', columns: licenceOrderColumns, position: (licence) => licence.position };
/** A holder search, best match first; a cursor holds the score too, so it is no cursor of the register. */
const searchOrder: KeysetOrder<ListedLicence> = {
  name: 'licences-search',
  columns: licenceSearchOrderColumns,
  position: (licence) => licence.position,
};

export const queryResolvers = ({ licences, today }: LicencesSources): QueryResolvers => ({
  licences: async (_, args) => {
    const filter = args.filter ?? {};
    if (filter.holder) searchText(filter.holder, 'holder');
    const listFilter: LicenceListFilter = {
      asOf: today(),
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.holder ? { search: filter.holder } : {}),
      ...(typeof filter.isSample === 'boolean' ? { isSample: filter.isSample } : {}),
    };
    const order = isLicenceSearch(listFilter) ? searchOrder : registerOrder;
    const range = keysetRange(args, order);
    return keysetConnection(await licences.listPage(listFilter, range), range, order, () => licences.count(listFilter));
  },
  licence: (_, args, context) => {
    const key = keyOfGlobalId(args.id, 'Licence');
    return key ? licenceLoader(context, licences).load(key) : null;
  },
});
