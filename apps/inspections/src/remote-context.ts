import type { SignedInUser } from '@egov/federation';
import { createContext, useContext } from 'react';

/** What every page of the remote needs from the shell: where its routes start and who is signed in. */
export interface InspectionsContext {
  basePath: string;
  /** `undefined` until the shell knows, `null` for a citizen. */
  user: SignedInUser | null | undefined;
  isInspector: boolean;
}

export const InspectionsContextValue = createContext<InspectionsContext>({ basePath: '/thanh-tra', user: null, isInspector: false });

export const useInspections = () => useContext(InspectionsContextValue);
