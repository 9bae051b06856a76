-- Poktan register and facility needs (sarana dan prasarana) with their status history.

CREATE TABLE poktan (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('bkb', 'bkr', 'bkl', 'uppka', 'pikr')),
  name TEXT NOT NULL,
  -- The name folded for duplicate detection: lower case, letters and digits only.
  name_key TEXT NOT NULL,
  kecamatan_code TEXT NOT NULL REFERENCES place (code),
  desa_code TEXT NOT NULL REFERENCES place (code),
  kampung_kb_id TEXT REFERENCES kampung_kb (id),
  address TEXT NOT NULL DEFAULT '',
  chair_name TEXT NOT NULL DEFAULT '',
  chair_phone TEXT NOT NULL DEFAULT '',
  members INTEGER NOT NULL DEFAULT 0 CHECK (members >= 0),
  founded_year INTEGER CHECK (founded_year BETWEEN 1970 AND 2100),
  decree_number TEXT NOT NULL DEFAULT '',
  decree_date TEXT,
  stage_code TEXT NOT NULL DEFAULT '',
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
  last_active_on TEXT,
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE INDEX poktan_duplicate ON poktan (type, desa_code, name_key) WHERE deleted_at IS NULL;
CREATE INDEX poktan_place ON poktan (kecamatan_code, desa_code, type) WHERE deleted_at IS NULL;
CREATE INDEX poktan_name ON poktan (name COLLATE NOCASE) WHERE deleted_at IS NULL;

-- The facility catalogue: items per poktan type, editable; the basic kit is what every group
-- of the type should have.
CREATE TABLE facility_item (
  id TEXT PRIMARY KEY,
  poktan_type TEXT NOT NULL CHECK (poktan_type IN ('bkb', 'bkr', 'bkl', 'uppka', 'pikr')),
  name TEXT NOT NULL,
  unit TEXT NOT NULL,
  is_basic_kit INTEGER NOT NULL DEFAULT 0 CHECK (is_basic_kit IN (0, 1)),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (poktan_type, name)
) STRICT;

CREATE TABLE facility_need (
  id TEXT PRIMARY KEY,
  poktan_id TEXT NOT NULL REFERENCES poktan (id),
  item_id TEXT REFERENCES facility_item (id),
  item_name TEXT NOT NULL,
  unit TEXT NOT NULL,
  quantity_needed INTEGER NOT NULL CHECK (quantity_needed > 0),
  quantity_available INTEGER NOT NULL DEFAULT 0 CHECK (quantity_available >= 0),
  condition TEXT CHECK (condition IN ('baik', 'rusak-ringan', 'rusak-berat')),
  priority TEXT NOT NULL DEFAULT 'sedang' CHECK (priority IN ('tinggi', 'sedang', 'rendah')),
  year_proposed INTEGER NOT NULL CHECK (year_proposed BETWEEN 2000 AND 2100),
  funding_source TEXT NOT NULL DEFAULT '',
  -- Derived from the events below by the app, stored for lists and recaps.
  status TEXT NOT NULL CHECK (status IN ('diidentifikasi', 'diusulkan', 'disetujui', 'diterima-sebagian', 'diterima', 'ditolak')),
  quantity_approved INTEGER CHECK (quantity_approved >= 0),
  quantity_delivered INTEGER NOT NULL DEFAULT 0 CHECK (quantity_delivered >= 0),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE INDEX facility_need_poktan ON facility_need (poktan_id) WHERE deleted_at IS NULL;
CREATE INDEX facility_need_status ON facility_need (status, year_proposed) WHERE deleted_at IS NULL;

-- Every status change of a need, with its date, quantity and note: a history, not an overwrite.
-- `batch_id` ties together the events of one bulk delivery so it can be undone as one.
CREATE TABLE facility_need_event (
  id TEXT PRIMARY KEY,
  need_id TEXT NOT NULL REFERENCES facility_need (id),
  status TEXT NOT NULL CHECK (status IN ('diidentifikasi', 'diusulkan', 'disetujui', 'diterima-sebagian', 'diterima', 'ditolak')),
  happened_on TEXT NOT NULL,
  quantity INTEGER CHECK (quantity >= 0),
  funding_source TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  batch_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE INDEX facility_need_event_need ON facility_need_event (need_id, happened_on) WHERE deleted_at IS NULL;
CREATE INDEX facility_need_event_batch ON facility_need_event (batch_id) WHERE batch_id IS NOT NULL;

WITH seed (list, code, label, sort_order) AS (VALUES
  ('tahapan-bkb', 'dasar', 'Dasar', 10),
  ('tahapan-bkb', 'berkembang', 'Berkembang', 20),
  ('tahapan-bkb', 'paripurna', 'Paripurna', 30),
  ('tahapan-bkr', 'dasar', 'Dasar', 10),
  ('tahapan-bkr', 'berkembang', 'Berkembang', 20),
  ('tahapan-bkr', 'paripurna', 'Paripurna', 30),
  ('tahapan-bkl', 'dasar', 'Dasar', 10),
  ('tahapan-bkl', 'berkembang', 'Berkembang', 20),
  ('tahapan-bkl', 'paripurna', 'Paripurna', 30),
  ('tahapan-uppka', 'dasar', 'Dasar', 10),
  ('tahapan-uppka', 'berkembang', 'Berkembang', 20),
  ('tahapan-uppka', 'mandiri', 'Mandiri', 30),
  ('tahapan-pikr', 'tumbuh', 'Tumbuh', 10),
  ('tahapan-pikr', 'tegak', 'Tegak', 20),
  ('tahapan-pikr', 'tegar', 'Tegar', 30),
  ('sumber-dana-sarana', 'apbn', 'APBN/BKKBN (termasuk DAK BOKB)', 10),
  ('sumber-dana-sarana', 'apbd', 'APBD kabupaten/kota', 20),
  ('sumber-dana-sarana', 'dana-desa', 'Dana Desa/APBDes', 30),
  ('sumber-dana-sarana', 'csr', 'CSR', 40),
  ('sumber-dana-sarana', 'swadaya', 'Swadaya', 50),
  ('sumber-dana-sarana', 'lainnya', 'Lainnya', 60)
)
INSERT INTO ref_option (id, list, code, label, sort_order, created_at, updated_at)
SELECT lower(hex(randomblob(16))), list, code, label, sort_order,
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM seed;

WITH seed (poktan_type, name, unit, is_basic_kit) AS (VALUES
  ('bkb', 'BKB Kit (alat permainan edukatif, media penyuluhan, buku panduan)', 'paket', 1),
  ('bkb', 'Alat permainan edukatif (APE)', 'set', 0),
  ('bkb', 'Media penyuluhan/KIE', 'paket', 0),
  ('bkr', 'BKR Kit', 'paket', 1),
  ('bkr', 'Media KIE remaja', 'paket', 0),
  ('bkl', 'BKL Kit', 'paket', 1),
  ('bkl', 'Alat pemeriksaan kesehatan lansia sederhana', 'set', 0),
  ('uppka', 'Peralatan usaha', 'paket', 1),
  ('uppka', 'Bantuan modal usaha', 'paket', 0),
  ('pikr', 'PIK-R Kit (media informasi dan konseling)', 'paket', 1),
  ('pikr', 'Perlengkapan sekretariat (meja, kursi, lemari)', 'set', 0)
)
INSERT INTO facility_item (id, poktan_type, name, unit, is_basic_kit, created_at, updated_at)
SELECT lower(hex(randomblob(16))), poktan_type, name, unit, is_basic_kit,
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM seed;
