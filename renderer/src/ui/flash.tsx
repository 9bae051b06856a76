import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { movedByApp } from '../app/routes.js';

// One message at the bottom of the screen after an action, with an optional "Urungkan" (undo).

interface Flash {
  message: string;
  action?: { label: string; run(): void | Promise<void> };
}

const FlashContext = createContext<(flash: Flash | null) => void>(() => {});

const AFTER_RELOAD = 'sinergi-kb.flash';

/** A message for the page that loads next: an action that reloads the app (a restore) says it is done there. */
export function flashAfterReload(message: string): void {
  sessionStorage.setItem(AFTER_RELOAD, message);
}

function messageFromBeforeReload(): Flash | null {
  const message = sessionStorage.getItem(AFTER_RELOAD);
  sessionStorage.removeItem(AFTER_RELOAD);
  return message ? { message } : null;
}

export function FlashProvider({ children }: { children: ReactNode }) {
  const [flash, setFlash] = useState<Flash | null>(messageFromBeforeReload);
  const show = useCallback((next: Flash | null) => setFlash(next), []);
  // A message belongs to its page, or to the page the app moved on to after the action ("BKB
  // Mawar disimpan." on the group's page); the user going to another page takes it away.
  useEffect(() => {
    const leave = () => {
      if (!movedByApp()) setFlash(null);
    };
    window.addEventListener('hashchange', leave);
    return () => window.removeEventListener('hashchange', leave);
  }, []);
  // A message leaves by itself; one offering "Urungkan" stays longer so there is time to use it.
  useEffect(() => {
    if (!flash) return;
    // Clears only the message it was set for: a newer one may have arrived while this timer was due.
    const timer = setTimeout(() => setFlash((current) => (current === flash ? null : current)), flash.action ? 15_000 : 8_000);
    return () => clearTimeout(timer);
  }, [flash]);
  return (
    <FlashContext.Provider value={show}>
      {children}
      {flash ? (
        <div className="flash" role="status">
          <span>{flash.message}</span>
          {flash.action ? (
            <button
              type="button"
              className="button button--small"
              onClick={async () => {
                const action = flash.action!;
                setFlash(null);
                await action.run();
              }}
            >
              {flash.action.label}
            </button>
          ) : null}
          <button type="button" className="flash__close" aria-label="Tutup pesan" onClick={() => setFlash(null)}>
            ×
          </button>
        </div>
      ) : null}
    </FlashContext.Provider>
  );
}

export const useFlash = () => useContext(FlashContext);
