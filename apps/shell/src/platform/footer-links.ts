/** The keys of the footer's links in @egov/i18n's common messages. */
export type FooterLinkKey =
  | 'footerNationalPublicServicePortal'
  | 'footerLawAndPolicy'
  | 'footerProductsAndServices'
  | 'footerMinistryUnitPortals'
  | 'footerBusinesses';

/**
 * The source portal's furniture links, in its order (seed facts, "Page furniture"). Only the
 * national public service portal's address is given by the source; the others point to the
 * national sites for the same thing: the legal documents database, the Ministry's portal (its
 * products and services, and the list of its units' portals) and the national business registration portal.
 */
export const footerLinks: ReadonlyArray<{ key: FooterLinkKey; href: string }> = [
  { key: 'footerNationalPublicServicePortal', href: 'https://dichvucong.gov.vn' },
  { key: 'footerLawAndPolicy', href: 'https://vbpl.vn' },
  { key: 'footerProductsAndServices', href: 'https://mic.gov.vn' },
  { key: 'footerMinistryUnitPortals', href: 'https://mic.gov.vn' },
  { key: 'footerBusinesses', href: 'https://dangkykinhdoanh.gov.vn' },
];
