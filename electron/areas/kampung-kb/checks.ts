import { formatNumber, localIsoDate } from '../../contract/format.js';
import { POKTAN_TARGETS } from '../../contract/kampung-kb.js';
import { sum, type SnapshotFigures, type SnapshotProfile } from './snapshot-schema.js';

// Checks on a snapshot beyond its schema. Problems block the save (reported never exceeds
// existing); warnings are shown beside the field but the figures are stored as entered. A figure
// left blank (null) is compared with nothing.

type Messages = Record<string, string>;

export function snapshotProblems(profile: SnapshotProfile, figures: SnapshotFigures, today = localIsoDate()): Messages {
  const problems: Messages = {};

  const users = sum(figures.kbUsers);
  const nonUsers = sum(figures.nonUsers);
  const pus = figures.pus;
  if (pus !== null && users > pus) {
    problems['figures.kbUsers'] = `Jumlah peserta KB menurut metode (${formatNumber(users)}) melebihi jumlah PUS (${formatNumber(pus)}).`;
  } else if (pus !== null && users + nonUsers > pus) {
    problems['figures.nonUsers'] = `Peserta KB ditambah PUS tidak ber-KB (${formatNumber(users + nonUsers)}) melebihi jumlah PUS (${formatNumber(pus)}).`;
  }
  const familyGroups = [
    ['familiesWithUnderFives', 'Keluarga dengan balita'],
    ['familiesWithTeens', 'Keluarga dengan remaja'],
    ['familiesWithElderly', 'Keluarga dengan lansia'],
  ] as const;
  for (const [field, label] of familyGroups) {
    const [part, families] = [figures[field], figures.families];
    if (part !== null && families !== null && part > families) {
      problems[`figures.${field}`] = `${label} (${formatNumber(part)}) melebihi jumlah keluarga (${formatNumber(families)}).`;
    }
  }
  for (const poktan of POKTAN_TARGETS) {
    const [participants, target] = [figures.poktanParticipants[poktan.key], figures[poktan.target]];
    if (participants !== null && target !== null && participants > target) {
      problems[`figures.poktanParticipants.${poktan.key}`] =
        `Peserta ${poktan.label} (${formatNumber(participants)}) melebihi jumlah ${poktan.targetLabel} (${formatNumber(target)}).`;
    }
  }
  if (profile.pokja.membersTrained > profile.pokja.members) {
    problems['profile.pokja.membersTrained'] = 'Anggota Pokja yang terlatih tidak boleh melebihi jumlah anggota.';
  }
  if (profile.pokja.skDate && profile.pokja.skDate > today) problems['profile.pokja.skDate'] = 'Tanggal SK Pokja tidak boleh di masa depan.';
  if (!profile.pokja.exists && (profile.pokja.members > 0 || profile.pokja.skNumber)) {
    problems['profile.pokja.exists'] = 'Tandai Pokja ada bila mengisi anggota atau SK Pokja.';
  }
  return problems;
}

const WATCHED = [
  ['families', 'Jumlah keluarga'],
  ['pus', 'Jumlah PUS'],
  ['teenagers', 'Jumlah remaja'],
] as const;

/** Implausible but possible values: a jump of 50% or more from the previous snapshot, PUS above families. */
export function snapshotWarnings(figures: SnapshotFigures, previous: { label: string; figures: SnapshotFigures } | null): Messages {
  const warnings: Messages = {};
  const [pus, families] = [figures.pus, figures.families];
  if (pus !== null && families !== null && pus > families && families > 0) {
    warnings['figures.pus'] = `PUS (${formatNumber(pus)}) melebihi jumlah keluarga (${formatNumber(families)}); periksa kembali.`;
  }
  if (!previous) return warnings;
  const compare = (path: string, label: string, now: number | null, before: number | null) => {
    if (now === null || before === null || before <= 0) return;
    const change = (now - before) / before;
    if (Math.abs(change) >= 0.5) {
      const direction = change > 0 ? 'naik' : 'turun';
      warnings[path] =
        `${label} ${direction} ${formatNumber(Math.round(Math.abs(change) * 100))}% dibanding data ${previous.label} ` +
        `(${formatNumber(before)} → ${formatNumber(now)}); periksa kembali.`;
    }
  };
  for (const [field, label] of WATCHED) compare(`figures.${field}`, label, figures[field], previous.figures[field]);
  compare('figures.kbUsers', 'Jumlah peserta KB', sum(figures.kbUsers), sum(previous.figures.kbUsers));
  return warnings;
}
