import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

// One message at the bottom of the screen after an action, with an optional "Urungkan" (undo).

interface Flash {
  message: string;
  action?: { label: string; run(): void | Promise<void> };
}

const FlashContext = createContext<(flash: Flash | null) => void>(() => {});

export function FlashProvider({ children }: { children: ReactNode }) {
  const [flash, setFlash] = useState<Flash | null>(null);
  const show = useCallback((next: Flash | null) => setFlash(next), []);
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
