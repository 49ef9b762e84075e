import { commonMessages, type Language } from '@egov/i18n';
import type { PageHead } from '@egov/routing';

/** A page's `<title>`: its own title, then the portal's name. */
export function documentTitle(head: PageHead | undefined, language: Language): string {
  const portal = commonMessages[language].portalTitle;
  return head ? `${head.title} — ${portal}` : portal;
}
