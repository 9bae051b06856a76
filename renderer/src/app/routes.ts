import { useEffect, useState } from 'react';

export const ROUTES = [
  { id: 'beranda', label: 'Beranda' },
  { id: 'kampung-kb', label: 'Kampung KB' },
  { id: 'poktan', label: 'Poktan & Sarana' },
  { id: 'rakorda', label: 'Evaluasi Rakorda' },
  { id: 'impor-ekspor', label: 'Impor/Ekspor' },
  { id: 'pertukaran', label: 'Kirim/Terima Data' },
  { id: 'cadangan', label: 'Cadangan' },
  { id: 'riwayat', label: 'Riwayat & Sampah' },
  { id: 'pengaturan', label: 'Pengaturan' },
] as const;

export type RouteId = (typeof ROUTES)[number]['id'];

export interface Route {
  area: RouteId;
  /** The rest of the address inside the area, e.g. ["<id>", "data"] for #/kampung-kb/<id>/data. */
  path: string[];
}

function routeFromHash(): Route {
  const [id, ...path] = window.location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const area = ROUTES.find((route) => route.id === id)?.id ?? 'beranda';
  return { area, path: area === id ? path.filter(Boolean) : [] };
}

export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}

/**
 * Moves on after an action that took a moment (a delete waits its turn behind a backup), unless
 * the user went to another screen meanwhile: a finished action never pulls them back.
 */
export function navigateOnwards(from: string, href: string): void {
  if (window.location.hash === from) navigate(href);
}

/** The current place in the app, kept in the address fragment so Back/Forward and reloads keep it. */
export function useRoute(): Route {
  const [route, setRoute] = useState(routeFromHash);
  useEffect(() => {
    const update = () => setRoute(routeFromHash());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
