// Kampung KB vocabulary shared by the main process and the renderer.

import { formatNumber } from './format.js';

export const LEVELS = ['dasar', 'berkembang', 'mandiri', 'berkelanjutan'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, string> = {
  dasar: 'Dasar',
  berkembang: 'Berkembang',
  mandiri: 'Mandiri',
  berkelanjutan: 'Berkelanjutan',
};

/** The five poktan whose participation counts in the output index, with the families they serve. */
export const POKTAN_TARGETS = [
  { key: 'bkb', label: 'BKB', target: 'familiesWithUnderFives', targetLabel: 'keluarga dengan balita' },
  { key: 'bkr', label: 'BKR', target: 'familiesWithTeens', targetLabel: 'keluarga dengan remaja' },
  { key: 'bkl', label: 'BKL', target: 'familiesWithElderly', targetLabel: 'keluarga dengan lansia' },
  { key: 'uppka', label: 'UPPKA', target: 'families', targetLabel: 'seluruh keluarga' },
  { key: 'pikr', label: 'PIK-R', target: 'teenagers', targetLabel: 'remaja' },
] as const;

export type PoktanKey = (typeof POKTAN_TARGETS)[number]['key'];

/** Five-year age bands of the population table; the last is open-ended. */
export const AGE_BANDS = [
  '0–4', '5–9', '10–14', '15–19', '20–24', '25–29', '30–34', '35–39',
  '40–44', '45–49', '50–54', '55–59', '60–64', '65–69', '70–74', '75+',
] as const;

/** One scored item of an index, as shown to the user to explain the level. */
export interface ScoredItem {
  key: string;
  label: string;
  /** The measured value, e.g. 3 (sources) or 42 (% after rounding); null for a percentage without its denominator. */
  value: number | null;
  unit: 'jumlah' | 'persen' | 'tingkat';
  score: number;
  /** What the next score needs, e.g. "skor 3 bila ≥ 41%", or null at the top score. */
  nextStep: string | null;
}

/** An item's value as the screen and the profile PDF show it: "42%", "3", or "–" when it cannot be worked out. */
export function scoredValueText(item: ScoredItem): string {
  if (item.value === null) return '–';
  return item.unit === 'persen' ? `${item.value}%` : formatNumber(item.value);
}

export interface IndexResult {
  items: ScoredItem[];
  index: number;
  passes: boolean;
}

export interface LevelResult {
  input: IndexResult;
  process: IndexResult;
  output: IndexResult;
  level: Level;
}
