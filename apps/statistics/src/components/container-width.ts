import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * The width of an element, followed as it changes, so an SVG chart is drawn at the size it is seen
 * (text stays legible at 375 px). Null until measured: a chart is drawn in the browser only, after
 * the page has shown its figures' tables (a server render has no width to draw at, and its SVG
 * would carry the style attributes the portal's Content-Security-Policy refuses in HTML).
 */
export function useContainerWidth<E extends HTMLElement>(fallback = 640) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (typeof ResizeObserver === 'undefined') {
      setWidth(fallback);
      return;
    }
    // In a transition: a page's charts are drawn in slices the reader's input can come between,
    // not in one task that freezes a slow phone (the statistics page draws a dozen at once).
    const measure = () => {
      const measured = Math.max(240, Math.round(element.getBoundingClientRect().width)) || fallback;
      startTransition(() => setWidth(measured));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width] as const;
}
