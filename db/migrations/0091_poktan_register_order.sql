-- The register's order (kecamatan name, desa name, type, group name) from an index, so a page of
-- a province-sized register (50.000 groups) is read without sorting every match. Each desa
-- stores its position in that order (recomputed when the kabupaten's places are replaced), and
-- a trigger copies it onto each group whose desa is set. Derived: not logged, not exchanged.

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

CREATE TRIGGER poktan_place_order_insert AFTER INSERT ON poktan BEGIN
  UPDATE poktan SET place_order = coalesce((SELECT sort_order FROM place WHERE code = NEW.desa_code), 0) WHERE id = NEW.id;
END;

CREATE TRIGGER poktan_place_order_update AFTER UPDATE OF desa_code ON poktan BEGIN
  UPDATE poktan SET place_order = coalesce((SELECT sort_order FROM place WHERE code = NEW.desa_code), 0) WHERE id = NEW.id;
END;

-- A group that arrives after its needs (a package from another PC) counts them.
CREATE TRIGGER poktan_open_needs_insert AFTER INSERT ON poktan BEGIN
  UPDATE poktan SET open_needs = (
    SELECT count(*) FROM facility_need n WHERE n.poktan_id = NEW.id AND n.deleted_at IS NULL
      AND n.status IN ('diidentifikasi', 'diusulkan', 'disetujui', 'diterima-sebagian'))
  WHERE id = NEW.id;
END;
