-- Editable reference lists (choices in forms), office settings, and Kampung KB profiles with
-- dated snapshots and activities.

-- One row per choice of an editable list (funding sources, KB methods, ...). `code` is stable and
-- may carry meaning for calculations (e.g. the long-acting KB methods); `label` is what users see
-- and may be renamed. Retired choices stay for past records (active = 0).
CREATE TABLE ref_option (
  id TEXT PRIMARY KEY,
  list TEXT NOT NULL,
  code TEXT NOT NULL,
  label TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (list, code)
) STRICT;

-- Office-wide settings stored as validated JSON (e.g. the Kampung KB level rules).
CREATE TABLE app_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE kampung_kb (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kecamatan_code TEXT NOT NULL REFERENCES place (code),
  desa_code TEXT NOT NULL REFERENCES place (code),
  coverage TEXT NOT NULL DEFAULT '',
  declared_on TEXT NOT NULL,
  person_in_charge TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  latitude REAL CHECK (latitude BETWEEN -90 AND 90),
  longitude REAL CHECK (longitude BETWEEN -180 AND 180),
  is_model INTEGER NOT NULL DEFAULT 0 CHECK (is_model IN (0, 1)),
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
  criteria TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(criteria)),
  manual_level TEXT CHECK (manual_level IN ('dasar', 'berkembang', 'mandiri', 'berkelanjutan')),
  manual_level_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE INDEX kampung_kb_place ON kampung_kb (kecamatan_code, desa_code) WHERE deleted_at IS NULL;
CREATE INDEX kampung_kb_name ON kampung_kb (name COLLATE NOCASE) WHERE deleted_at IS NULL;

-- Profile and figures of one Kampung KB as of a year (and month where known). Editing one
-- snapshot never touches another, so last year's figures stay as they were reported.
-- `profile` and `figures` hold the form's sections as JSON validated by the app's schema;
-- the computed level and indices are stored so lists can filter and count by level.
CREATE TABLE kampung_kb_snapshot (
  id TEXT PRIMARY KEY,
  kampung_kb_id TEXT NOT NULL REFERENCES kampung_kb (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  month INTEGER CHECK (month BETWEEN 1 AND 12),
  profile TEXT NOT NULL CHECK (json_valid(profile)),
  figures TEXT NOT NULL CHECK (json_valid(figures)),
  computed_level TEXT NOT NULL CHECK (computed_level IN ('dasar', 'berkembang', 'mandiri', 'berkelanjutan')),
  input_index REAL NOT NULL,
  process_index REAL NOT NULL,
  output_index REAL NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE UNIQUE INDEX kampung_kb_snapshot_period ON kampung_kb_snapshot (kampung_kb_id, year, ifnull(month, 0)) WHERE deleted_at IS NULL;

CREATE TABLE kampung_kb_activity (
  id TEXT PRIMARY KEY,
  kampung_kb_id TEXT NOT NULL REFERENCES kampung_kb (id),
  title TEXT NOT NULL,
  held_on TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  category_code TEXT NOT NULL,
  target_groups TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(target_groups)),
  partners TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(partners)),
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE INDEX kampung_kb_activity_unit ON kampung_kb_activity (kampung_kb_id, held_on) WHERE deleted_at IS NULL;
