-- Yearly Rakorda evaluation: the indicator catalogue, targets and achievements per kecamatan,
-- the meeting, and its resolutions with their follow-up.

CREATE TABLE indicator (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  unit TEXT NOT NULL,
  -- 'higher': more is better (PB, PA); 'lower': less is better (unmet need).
  direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
  -- 'sum': the kabupaten figure is the sum of the kecamatan figures; 'rate': it is recomputed
  -- as the sum of numerators over the sum of denominators (× 100).
  aggregation TEXT NOT NULL CHECK (aggregation IN ('sum', 'rate')),
  has_target INTEGER NOT NULL DEFAULT 1 CHECK (has_target IN (0, 1)),
  sort_order INTEGER NOT NULL DEFAULT 0,
  -- A retired indicator keeps its past years but is not offered for new ones.
  retired_from_year INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- One figure set per year, indicator and area ('kabupaten' or a kecamatan code). For a 'rate'
-- indicator the achievement is numerator ÷ denominator × 100 and `achieved` stays empty.
CREATE TABLE evaluation_value (
  id TEXT PRIMARY KEY,
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  indicator_id TEXT NOT NULL REFERENCES indicator (id),
  area TEXT NOT NULL,
  target REAL CHECK (target >= 0),
  achieved REAL CHECK (achieved >= 0),
  numerator REAL CHECK (numerator >= 0),
  denominator REAL CHECK (denominator >= 0),
  -- What exists (e.g. groups that exist), for the "reported exceeds existing" check.
  existing REAL CHECK (existing >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (year, indicator_id, area)
) STRICT;

CREATE INDEX evaluation_value_year ON evaluation_value (year, indicator_id);

CREATE TABLE rakorda_meeting (
  id TEXT PRIMARY KEY,
  year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
  theme TEXT NOT NULL DEFAULT '',
  held_on TEXT,
  venue TEXT NOT NULL DEFAULT '',
  opened_by TEXT NOT NULL DEFAULT '',
  -- Participant organisations (partner codes) with how many people each sent, and speakers.
  participants TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(participants)),
  speakers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(speakers)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE rakorda_resolution (
  id TEXT PRIMARY KEY,
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  number INTEGER NOT NULL CHECK (number > 0),
  text TEXT NOT NULL,
  responsible TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(responsible)),
  target_date TEXT,
  status TEXT NOT NULL DEFAULT 'belum' CHECK (status IN ('belum', 'berjalan', 'selesai')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE UNIQUE INDEX rakorda_resolution_number ON rakorda_resolution (year, number) WHERE deleted_at IS NULL;

CREATE TABLE rakorda_followup (
  id TEXT PRIMARY KEY,
  resolution_id TEXT NOT NULL REFERENCES rakorda_resolution (id),
  noted_on TEXT NOT NULL,
  note TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('belum', 'berjalan', 'selesai')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX rakorda_followup_resolution ON rakorda_followup (resolution_id, noted_on);

-- The common indicator set (shared/DOMAIN.md, "Targets and achievements").
WITH seed (code, name, unit, direction, aggregation, has_target, sort_order) AS (VALUES
  ('pb', 'Peserta KB baru (PB)', 'orang', 'higher', 'sum', 1, 10),
  ('pa', 'Peserta KB aktif (PA)', 'orang', 'higher', 'sum', 1, 20),
  ('pb-mkjp', 'Peserta KB baru MKJP', 'orang', 'higher', 'sum', 1, 30),
  ('pa-mkjp-persen', 'Persentase PA MKJP', '%', 'higher', 'rate', 1, 40),
  ('pb-pria', 'Peserta KB baru pria', 'orang', 'higher', 'sum', 1, 50),
  ('pa-mandiri', 'Peserta KB aktif mandiri', 'orang', 'higher', 'sum', 1, 60),
  ('pb-miskin', 'PB dari keluarga pra-S dan KS-I', 'orang', 'higher', 'sum', 1, 70),
  ('unmet-need', 'Unmet need', '%', 'lower', 'rate', 1, 80),
  ('kkb', 'Kampung KB', 'unit', 'higher', 'sum', 1, 90),
  ('bkb-aktif', 'Keluarga aktif ber-BKB', 'keluarga', 'higher', 'sum', 1, 100),
  ('bkr-aktif', 'Keluarga aktif ber-BKR', 'keluarga', 'higher', 'sum', 1, 110),
  ('bkl-aktif', 'Keluarga aktif ber-BKL', 'keluarga', 'higher', 'sum', 1, 120),
  ('pikr-aktif', 'PIK-R aktif', 'kelompok', 'higher', 'sum', 1, 130),
  ('cakupan-lapor', 'Cakupan laporan', '%', 'higher', 'rate', 1, 140)
)
INSERT INTO indicator (id, code, name, unit, direction, aggregation, has_target, sort_order, created_at, updated_at)
SELECT lower(hex(randomblob(16))), code, name, unit, direction, aggregation, has_target, sort_order,
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM seed;
