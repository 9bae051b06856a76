import { useEffect, useState, type RefObject } from 'react';

/** Nothing holds the keyboard focus: the browser put it back on the page, where the next Tab starts from the menu. */
const focusIsLost = (): boolean => document.activeElement === null || document.activeElement === document.body;

/**
 * Gives `ref` the keyboard focus when nothing holds it, each time `key` changes: the control the
 * user pressed was removed or disabled (a screen left after saving, a wizard's button busy while
 * it checks), and the browser put the focus back on the page itself, where the next Tab starts
 * again from the menu. Focus the user placed elsewhere is never taken.
 */
export function useFocusWhenLost(ref: RefObject<HTMLElement | null>, key: unknown): void {
  useEffect(() => {
    if (focusIsLost()) ref.current?.focus();
  }, [ref, key]);
}

/**
 * Moves the keyboard into a panel as it opens (a form shown by a button), so Tab goes on inside
 * it, once `ready` (its heading drawn: a form may show "Memuat…" first); closed (saved, Batal,
 * Escape), the panel gives it back to the button that opened it, when that button is still there
 * and the focus went nowhere else.
 */
export function useFocusOnOpen(ref: RefObject<HTMLElement | null>, ready = true): void {
  // Taken as the panel is first drawn: by the time its effects run, a button hidden while its panel is open has lost the focus.
  const [opener] = useState(() => document.activeElement);
  useEffect(() => {
    if (ready) ref.current?.focus();
  }, [ref, ready]);
  useEffect(
    () => () => {
      if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected && focusIsLost()) opener.focus();
    },
    [opener],
  );
}

/**
 * A button that disables itself while its action runs (Simpan, Buat cadangan) loses the keyboard
 * focus to the page, and the next Tab starts again from the menu. Installed once: the focus goes
 * back to the button when it is enabled again, unless the user has put it elsewhere meanwhile.
 */
export function keepFocusOnBusyButtons(): void {
  document.addEventListener('focusout', (event) => {
    const button = event.target;
    if (!(button instanceof HTMLButtonElement) || event.relatedTarget !== null) return;
    // The button is disabled in the same update that moved the focus away; look once it has settled.
    queueMicrotask(() => {
      if (!button.disabled) return;
      const watcher = new MutationObserver(() => {
        if (button.disabled) return;
        watcher.disconnect();
        if (button.isConnected && focusIsLost()) button.focus();
      });
      watcher.observe(button, { attributes: true, attributeFilter: ['disabled'] });
    });
  });
}
