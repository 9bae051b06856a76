import { useEffect, type RefObject } from 'react';

/**
 * Gives `ref` the keyboard focus when nothing holds it, each time `key` changes: the control the
 * user pressed was removed or disabled (a screen left after saving, a wizard's button busy while
 * it checks), and the browser put the focus back on the page itself, where the next Tab starts
 * again from the menu. Focus the user placed elsewhere is never taken.
 */
export function useFocusWhenLost(ref: RefObject<HTMLElement | null>, key: unknown): void {
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) ref.current?.focus();
  }, [ref, key]);
}

/** Moves the keyboard into a panel as it opens (a form shown by a button), so Tab goes on inside it. */
export function useFocusOnOpen(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => ref.current?.focus(), [ref]);
}
