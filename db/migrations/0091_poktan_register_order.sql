-- The register's order (kecamatan name, desa name, type, group name) from an index, so a page of
-- a province-sized register (50.000 groups) is read without sorting every match. Each desa
-- stores its position in that order (recomputed when the kabupaten's places are replaced), and
-- each group copies its desa's position when it is saved.

ALTER TABLE place ADD COLUMN sort_order INTEGER NOT NULL DEFAULT 0;

UPDATE place SET sort_order = ranked.position
FROM (SELECT d.code, row_number() OVER (ORDER BY k.name COLLATE NOCASE, d.name COLLATE NOCASE, d.code) AS position
      FROM place d JOIN place k ON k.code = d.parent_code) AS ranked
WHERE ranked.code = place.code;

ALTER TABLE poktan ADD COLUMN place_order INTEGER NOT NULL DEFAULT 0;

UPDATE poktan SET place_order = coalesce((SELECT sort_order FROM place WHERE code = poktan.desa_code), 0);

CREATE INDEX poktan_register_order ON poktan (place_order, type, name COLLATE NOCASE) WHERE deleted_at IS NULL;

-- The counts per type above the register, read from the index alone.
CREATE INDEX poktan_type_active ON poktan (type, is_active) WHERE deleted_at IS NULL;
