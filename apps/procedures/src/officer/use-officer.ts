import { useI18n } from '@egov/i18n';
import { useProceduresI18n } from '../pages/common';
import { officerMessages } from './officer-messages';

/** The officers' texts (`o`), beside the public pages' (`t`), formatters and link maker. */
export function useOfficerI18n() {
  const common = useProceduresI18n();
  const { t: o } = useI18n(officerMessages);
  return { ...common, o };
}
