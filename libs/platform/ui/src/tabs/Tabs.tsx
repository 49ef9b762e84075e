import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import * as styles from './Tabs.module.css';

/** One tab of {@link Tabs}: its label and its panel. */
export interface TabItem {
  /** Unique among the tabs; what `selectedId` and `onSelect` speak of. */
  id: string;
  label: ReactNode;
  panel: ReactNode;
}

/** Props of {@link Tabs}. */
export interface TabsProps {
  /** Names the tab list for screen readers ("Chỉ tiêu theo năm"). */
  label: string;
  tabs: readonly TabItem[];
  /** The selected tab, when the page owns it (kept in the URL, say). */
  selectedId?: string;
  /** The tab selected first when the component owns the selection; defaults to the first. */
  defaultSelectedId?: string;
  onSelect?: (id: string) => void;
  /**
   * `automatic` (default): arrow keys select the tab they reach, fine when panels are already
   * rendered. `manual`: arrows only move focus, Enter or Space select: for panels that load data.
   */
  activation?: 'automatic' | 'manual';
  className?: string;
}

/**
 * Tabs following the WAI-ARIA tabs pattern: one tab in the Tab order (roving tabindex), arrow
 * keys move between tabs and wrap, Home and End go to the first and last, and each panel is
 * labelled by its tab. Panels not selected stay in the page, hidden.
 */
export function Tabs({ label, tabs, selectedId, defaultSelectedId, onSelect, activation = 'automatic', className }: TabsProps) {
  const baseId = useId();
  const [ownSelectedId, setOwnSelectedId] = useState(defaultSelectedId);
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const selected = tabs.find((tab) => tab.id === (selectedId ?? ownSelectedId)) ?? tabs[0];

  function select(id: string) {
    setOwnSelectedId(id);
    onSelect?.(id);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const target = targetIndex(event.key, index, tabs.length);
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[target];
    if (!tab) return;
    tabRefs.current.get(tab.id)?.focus();
    if (activation === 'automatic') select(tab.id);
  }

  // A tab's id may hold spaces, which an element id may not.
  const tabId = (id: string) => `${baseId}-tab-${id.replace(/\s+/g, '_')}`;
  const panelId = (id: string) => `${baseId}-panel-${id.replace(/\s+/g, '_')}`;

  return (
    <div className={className}>
      <div role="tablist" aria-label={label} className={styles.tabList}>
        {tabs.map((tab, index) => {
          const isSelected = tab.id === selected?.id;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                if (element) tabRefs.current.set(tab.id, element);
                else tabRefs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              aria-selected={isSelected}
              aria-controls={panelId(tab.id)}
              tabIndex={isSelected ? 0 : -1}
              className={styles.tab}
              onClick={() => select(tab.id)}
              onKeyDown={(event) => handleKeyDown(event, index)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={panelId(tab.id)}
          aria-labelledby={tabId(tab.id)}
          tabIndex={0}
          hidden={tab.id !== selected?.id}
          className={styles.panel}
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}

/** The tab a key moves to from `index`, or undefined for a key the tab list does not handle. */
function targetIndex(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
