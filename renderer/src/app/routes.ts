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

/** Where the app itself last sent the user (after an action), until the address changes. */
let appMove: string | null = null;

export function navigate(href: string): void {
  appMove = `#${href.replace(/^#/, '')}`;
  window.location.hash = href.replace(/^#/, '');
}

/**
 * Whether the address just changed because the app moved on after an action (to the group just
 * saved), not because the user followed a link or went Back; asked once per change of address.
 */
export function movedByApp(): boolean {
  const moved = appMove === window.location.hash;
  appMove = null;
  return moved;
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
