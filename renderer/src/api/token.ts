// The web host prints its address with a per-launch token in the fragment (#token=...). It is
// kept for this browser tab only and removed from the address bar so it is not bookmarked.

const STORAGE_KEY = 'sinergi-token';

export function captureLaunchToken(): void {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!match) return;
  sessionStorage.setItem(STORAGE_KEY, match[1]!);
  history.replaceState(null, '', `${window.location.pathname}#/`);
}

export function launchToken(): string {
  return sessionStorage.getItem(STORAGE_KEY) ?? '';
}
