import { useSyncExternalStore, type ReactNode } from 'react';
import * as styles from './ScriptOnly.module.css';

const noChanges = () => () => undefined;

/**
 * What only works with the page's script (a download made in the browser). In the HTML the
 * server renders it keeps its room, unseen and out of reach (`inert`): a reader without JavaScript
 * gets no button that does nothing, and once the script has taken the page over it appears in
 * that room, so nothing below it moves. Hydration matches: React hydrates with the server's value,
 * then renders the browser's.
 */
export function ScriptOnly({ children }: { children: ReactNode }) {
  const scripted = useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
  return (
    <div className={scripted ? styles.scripted : styles.waiting} inert={!scripted}>
      {children}
    </div>
  );
}
