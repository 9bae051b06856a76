-- The office this installation serves (exactly one row) and its place reference.

CREATE TABLE office (
  id TEXT PRIMARY KEY,
  singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
  province_code TEXT NOT NULL,
  province_name TEXT NOT NULL,
  regency_code TEXT NOT NULL,
  regency_name TEXT NOT NULL,
  office_name TEXT NOT NULL,
  address TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  head_name TEXT NOT NULL,
  head_rank TEXT NOT NULL,
  head_position TEXT NOT NULL,
  head_nip TEXT NOT NULL CHECK (length(head_nip) = 18),
  signature_place TEXT NOT NULL,
  logo_mime TEXT CHECK (logo_mime IN ('image/png', 'image/jpeg')),
  logo BLOB,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Kecamatan and desa/kelurahan of the office's kabupaten, keyed by their Kemendagri code
-- (e.g. 36.02.01 and 36.02.01.2002), which is stable across installations.
CREATE TABLE place (
  code TEXT PRIMARY KEY,
  parent_code TEXT REFERENCES place (code),
  level TEXT NOT NULL CHECK (level IN ('kecamatan', 'desa')),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((level = 'kecamatan') = (parent_code IS NULL))
) STRICT;

CREATE INDEX place_parent ON place (parent_code, name);
CREATE INDEX place_level ON place (level, name);
