import { useSyncExternalStore, type ReactNode } from 'react';

const noChanges = () => () => undefined;

/**
 * What only works with the page's script (a download made in the browser): left out of the HTML
 * the server renders, and of a page read without JavaScript, where it would be a button that does
 * nothing; shown once the script has taken the page over. Hydration matches: React hydrates with
 * the server's value, then renders the browser's.
 */
export function ScriptOnly({ children }: { children: ReactNode }) {
  const scripted = useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
  return scripted ? children : null;
}
