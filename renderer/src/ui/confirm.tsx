import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

// The app's own "are you sure?" box, in place of the browser's confirm(): that one labels its
// buttons in the browser's or Windows' language ("OK/Cancel"), and names neither choice.

export interface ConfirmRequest {
  /** The question, with what will happen; line breaks are kept. */
  message: string;
  /** What the confirming button does: "Hapus", "Pulihkan", … */
  confirmLabel: string;
  /** A delete or a restore: the button is red. */
  danger?: boolean;
}

type Ask = (request: ConfirmRequest) => Promise<boolean>;

const ConfirmContext = createContext<Ask>(async () => false);

/** Asks before an action that cannot simply be taken back; resolves true when the user confirms. */
export const useConfirm = (): Ask => useContext(ConfirmContext);

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<(ConfirmRequest & { answer(yes: boolean): void }) | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const ask = useCallback<Ask>((request) => new Promise((resolve) => setPending({ ...request, answer: resolve })), []);
  useEffect(() => {
    if (!pending || dialog.current?.open) return;
    dialog.current?.showModal();
    // Enter confirms, as in the browser's own box; but a delete or a restore starts on Batal (the
    // first button, where showModal puts the focus), so that a stray Enter does not do it.
    if (!pending.danger) confirmButton.current?.focus();
  }, [pending]);

  function close(yes: boolean) {
    dialog.current?.close();
    pending?.answer(yes);
    setPending(null);
  }

  return (
    <ConfirmContext.Provider value={ask}>
      {children}
      {pending ? (
        <dialog
          ref={dialog}
          className="confirm"
          role="alertdialog"
          aria-label="Konfirmasi"
          aria-describedby="confirm-message"
          onCancel={(event) => {
            // Escape answers "Batal".
            event.preventDefault();
            close(false);
          }}
        >
          <p id="confirm-message" className="confirm__message">
            {pending.message}
          </p>
          <div className="confirm__actions">
            <button type="button" className="button" onClick={() => close(false)}>
              Batal
            </button>
            <button ref={confirmButton} type="button" className={`button ${pending.danger ? 'button--danger' : 'button--primary'}`} onClick={() => close(true)}>
              {pending.confirmLabel}
            </button>
          </div>
        </dialog>
      ) : null}
    </ConfirmContext.Provider>
  );
}
