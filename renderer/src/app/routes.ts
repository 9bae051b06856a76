import { useEffect, useState } from 'react';

export const ROUTES = [
  { id: 'beranda', label: 'Beranda' },
  { id: 'kampung-kb', label: 'Kampung KB' },
  { id: 'poktan', label: 'Poktan & Sarana' },
  { id: 'rakorda', label: 'Evaluasi Rakorda' },
  { id: 'impor-ekspor', label: 'Impor/Ekspor' },
  { id: 'cadangan', label: 'Cadangan' },
  { id: 'pengaturan', label: 'Pengaturan' },
] as const;

export type RouteId = (typeof ROUTES)[number]['id'];

function routeFromHash(): RouteId {
  const id = window.location.hash.replace(/^#\/?/, '').split('/')[0];
  return ROUTES.find((route) => route.id === id)?.id ?? 'beranda';
}

/** The current area, kept in the address fragment so Back/Forward and reloads keep the place. */
export function useRoute(): RouteId {
  const [route, setRoute] = useState(routeFromHash);
  useEffect(() => {
    const update = () => setRoute(routeFromHash());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
