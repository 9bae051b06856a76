// Rakorda vocabulary shared by the main process and the renderer.

export const INDICATOR_DIRECTIONS = [
  { value: 'higher', label: 'Makin besar makin baik' },
  { value: 'lower', label: 'Makin kecil makin baik' },
] as const;

export const INDICATOR_AGGREGATIONS = [
  { value: 'sum', label: 'Jumlah dari kecamatan' },
  { value: 'rate', label: 'Rasio: pembilang ÷ penyebut × 100' },
] as const;
