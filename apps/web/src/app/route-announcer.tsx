import { VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/** How long a page may take to show its heading (its data loading) before focus is left alone. */
const HEADING_WAIT_MS = 15_000;

function isEditable(element: Element | null): boolean {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement || (element instanceof HTMLElement && element.isContentEditable);
}

/**
 * After a navigation to another page (not on the first load, not when only the query string
 * changes), moves focus to the new page's h1 once it is shown and announces the page title in a
 * polite live region, so keyboard and screen-reader users start at the new content instead of at
 * <body>. Focus already in a text field (someone typing, app/type-ahead.ts) stays there.
 */
export function RouteAnnouncer({ mainId }: { mainId: string }) {
  const { pathname } = useLocation();
  const [announcement, setAnnouncement] = useState('');
  const firstPath = useRef(pathname);

  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = ''; // any later navigation counts, also back to the first page
    const main = document.getElementById(mainId);
    if (!main) return;
    const settle = (): boolean => {
      const heading = main.querySelector('h1');
      if (!heading) return false;
      if (!isEditable(document.activeElement)) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
      // The title element is updated in the same commit as the heading.
      setAnnouncement(document.title);
      return true;
    };
    if (settle()) return;
    const observer = new MutationObserver(() => {
      if (settle()) stop();
    });
    const timer = setTimeout(() => stop(), HEADING_WAIT_MS);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(main, { childList: true, subtree: true });
    return stop;
  }, [pathname, mainId]);

  return (
    <VisuallyHidden aria-live="polite" aria-atomic="true" data-testid="route-announcer">
      {announcement}
    </VisuallyHidden>
  );
}
