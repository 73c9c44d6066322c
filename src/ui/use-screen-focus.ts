import { useEffect, useRef } from 'react';

let hasShownAScreen = false;

/**
 * Moves focus to a screen's heading when the screen (or `key`) changes, so keyboard and screen-reader users
 * land on the new question and hear it. The very first screen of a page load keeps the browser's own focus.
 */
export function useScreenFocus<T extends HTMLElement>(key: string): React.RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (hasShownAScreen) ref.current?.focus();
    hasShownAScreen = true;
  }, [key]);
  return ref;
}

/** Sets the document's title while a screen shows. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
