import { useEffect, useRef } from 'react';

let hasShownAScreen = false;

/**
 * Runs `callback` just after the browser has painted the next frame, and returns a function that cancels it.
 * requestAnimationFrame runs before that paint; a task queued from it runs after.
 */
function afterNextPaint(callback: () => void): () => void {
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timeout = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timeout);
  };
}

/**
 * Moves focus to a screen's heading when the screen (or `key`) changes, so keyboard and screen-reader users
 * land on the new question and hear it. The very first screen of a page load keeps the browser's own focus.
 *
 * Focus moves just after the new screen has been painted, not while it is committed: focusing forces the browser
 * to lay the page out there and then, which at a phone's speed doubled the time from Continue to the next
 * question being shown (`npm run bench:ui`). A frame later, nobody can hear or see the difference.
 */
export function useScreenFocus<T extends HTMLElement>(key: string): React.RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!hasShownAScreen) {
      hasShownAScreen = true;
      return;
    }
    // If the person has already moved focus themselves in that frame, it stays where they put it.
    const before = document.activeElement;
    return afterNextPaint(() => {
      const now = document.activeElement;
      if (now === before || now === null || now === document.body) ref.current?.focus();
    });
  }, [key]);
  return ref;
}

/** Sets the document's title while a screen shows (after its first paint too: setting the title is not free). */
export function useDocumentTitle(title: string): void {
  useEffect(
    () =>
      afterNextPaint(() => {
        document.title = title;
      }),
    [title],
  );
}
