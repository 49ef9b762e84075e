import type { RegisterPageInfo } from '@egov/client-operations/inspections';
import { useI18n } from '@egov/i18n';
import { useLocation } from '@egov/routing';
import { Link } from '@egov/ui';
import * as styles from '../inspections.module.css';
import { inspectionsMessages } from '../messages';
import { pageSearch, type RegisterTable } from '../register-filters';
import { useInspections } from '../remote-context';

/** Links to the previous and next page of one register table; the address keeps where each table is. */
export function RegisterPager({ table, pageInfo, label }: { table: RegisterTable; pageInfo: RegisterPageInfo; label: string }) {
  const { t } = useI18n(inspectionsMessages);
  const { basePath } = useInspections();
  const { search } = useLocation();
  const { hasPreviousPage, hasNextPage, startCursor, endCursor } = pageInfo;
  if (!(hasPreviousPage && startCursor) && !(hasNextPage && endCursor)) return null;
  return (
    <nav aria-label={label} className={styles.actions}>
      {hasPreviousPage && startCursor && <Link href={`${basePath}?${pageSearch(search, table, { before: startCursor })}`}>{t('pagePrevious')}</Link>}
      {hasNextPage && endCursor && <Link href={`${basePath}?${pageSearch(search, table, { after: endCursor })}`}>{t('pageNext')}</Link>}
    </nav>
  );
}
