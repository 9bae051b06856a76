import type { KeyboardEvent } from 'react';

/**
 * A form with a Batal closes on Escape as Batal does, from any field inside it, unless a control
 * there used the key itself (an open date picker, the Rakorda grid taking back a cell).
 */
export const cancelOnEscape = (onCancel: () => void) => (event: KeyboardEvent) => {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  event.preventDefault();
  onCancel();
};
