import type { MouseEvent } from 'react';
import type { HistoryRouter } from './history-router';
import { isPlainLeftClick } from './history-router';

/**
 * A click handler for a container: a plain click on a link of this origin that `isInternal`
 * accepts is followed by the router, without reloading the page; everything else (new tab,
 * download, another site, a page the server renders) is left to the browser.
 */
export function followInternalLinks(router: HistoryRouter, isInternal: (pathname: string) => boolean) {
  return (event: MouseEvent<Element>) => {
    if (!isPlainLeftClick(event)) return;
    const anchor = (event.target as Element).closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin || !isInternal(url.pathname)) return;
    if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
    event.preventDefault();
    router.navigate(`${url.pathname}${url.search}${url.hash}`);
  };
}
