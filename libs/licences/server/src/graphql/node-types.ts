import type { NodeType } from '@egov/graphql';
import type { Licence } from '@egov/licences-model';
import { licenceLoader } from './loaders';
import type { LicencesSources } from './sources';

/** How `node(id)` finds a licence: by its UUID. */
export const licencesNodeTypes = ({ licences }: LicencesSources) => ({
  Licence: { key: (licence: Licence) => licence.id, load: (id, context) => licenceLoader(context, licences).load(id) } satisfies NodeType<Licence>,
});
