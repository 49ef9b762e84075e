import { useI18n, withLanguage, type Language } from '@egov/i18n';
import type { RemoteManifestEntry } from '@egov/remote-manifest';
import { Link } from '@egov/ui';
import * as styles from './shell.module.css';

/** One entry of the main navigation. */
export interface NavItem {
  href: string;
  label: string;
  current: boolean;
}

/**
 * The main navigation from the manifest: home first, then the remotes in the manifest's order
 * (loadManifest sorts them), each labelled in the active language and linked with the language
 * in its address, so a copied link opens as it was seen.
 */
export function navItems(remotes: readonly RemoteManifestEntry[], language: Language, homeLabel: string, pathname: string): NavItem[] {
  const inSection = (base: string) => pathname === base || pathname.startsWith(`${base}/`);
  return [
    { href: withLanguage('/', language), label: homeLabel, current: pathname === '/' },
    ...remotes.map((remote) => ({ href: withLanguage(remote.routeBase, language), label: remote.nav[language], current: inSection(remote.routeBase) })),
  ];
}

/** Props of {@link Navigation}. */
export interface NavigationProps {
  remotes: readonly RemoteManifestEntry[];
  pathname: string;
}

/** The links of the main navigation; the shell's PageLayout puts them in the `nav` landmark. */
export function Navigation({ remotes, pathname }: NavigationProps) {
  const { t, language } = useI18n();
  return (
    <ul className={styles.navList}>
      {navItems(remotes, language, t('home'), pathname).map((item) => (
        <li key={item.href}>
          <Link href={item.href} className={styles.navLink} aria-current={item.current ? 'page' : undefined}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
