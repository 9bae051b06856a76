-- The two derived columns of a new group were each set by an UPDATE after its INSERT: a second
-- and third write of every row, a fifth of an import's writing time. Now the INSERT of the app's
-- own forms and imports sets the desa's place order itself, and a new group has no needs; the
-- triggers still set both for any other writer (a package from another PC, a Sampah restore)
-- but only when the row does not already hold the right value.

DROP TRIGGER poktan_place_order_insert;
CREATE TRIGGER poktan_place_order_insert AFTER INSERT ON poktan
WHEN NEW.place_order IS NOT coalesce((SELECT sort_order FROM place WHERE code = NEW.desa_code), 0)
BEGIN
  UPDATE poktan SET place_order = coalesce((SELECT sort_order FROM place WHERE code = NEW.desa_code), 0) WHERE id = NEW.id;
END;

-- A group that arrives after its needs (a package from another PC) counts them.
DROP TRIGGER poktan_open_needs_insert;
CREATE TRIGGER poktan_open_needs_insert AFTER INSERT ON poktan
WHEN EXISTS (SELECT 1 FROM facility_need n WHERE n.poktan_id = NEW.id AND n.deleted_at IS NULL)
BEGIN
  UPDATE poktan SET open_needs = (
    SELECT count(*) FROM facility_need n WHERE n.poktan_id = NEW.id AND n.deleted_at IS NULL
      AND n.status IN ('diidentifikasi', 'diusulkan', 'disetujui', 'diterima-sebagian'))
  WHERE id = NEW.id;
END;
