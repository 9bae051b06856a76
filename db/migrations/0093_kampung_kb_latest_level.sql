-- Each unit's latest period (year) and that period's computed level, stored on the unit so the
-- Kampung KB list, its recap and the dashboard read them without opening the period rows, whose
-- profile and figures fill overflow pages: that lookup was most of the province-sized list's
-- time (4.000 units). Triggers keep them in the same transaction as every write of a period,
-- whoever writes it. Derived (db/derived-columns.ts): not logged as a change, not exchanged.

ALTER TABLE kampung_kb ADD COLUMN latest_level TEXT;
ALTER TABLE kampung_kb ADD COLUMN latest_year INTEGER;

UPDATE kampung_kb SET (latest_level, latest_year) = (
  SELECT s.computed_level, s.year FROM kampung_kb_snapshot s WHERE s.kampung_kb_id = kampung_kb.id AND s.deleted_at IS NULL
  ORDER BY s.year DESC, ifnull(s.month, 0) DESC LIMIT 1);

CREATE TRIGGER kampung_kb_snapshot_latest_insert AFTER INSERT ON kampung_kb_snapshot BEGIN
  UPDATE kampung_kb SET (latest_level, latest_year) = (
    SELECT s.computed_level, s.year FROM kampung_kb_snapshot s WHERE s.kampung_kb_id = kampung_kb.id AND s.deleted_at IS NULL
    ORDER BY s.year DESC, ifnull(s.month, 0) DESC LIMIT 1)
  WHERE id = NEW.kampung_kb_id;
END;

CREATE TRIGGER kampung_kb_snapshot_latest_update AFTER UPDATE OF computed_level, year, month, deleted_at, kampung_kb_id ON kampung_kb_snapshot BEGIN
  UPDATE kampung_kb SET (latest_level, latest_year) = (
    SELECT s.computed_level, s.year FROM kampung_kb_snapshot s WHERE s.kampung_kb_id = kampung_kb.id AND s.deleted_at IS NULL
    ORDER BY s.year DESC, ifnull(s.month, 0) DESC LIMIT 1)
  WHERE id IN (OLD.kampung_kb_id, NEW.kampung_kb_id);
END;

CREATE TRIGGER kampung_kb_snapshot_latest_delete AFTER DELETE ON kampung_kb_snapshot BEGIN
  UPDATE kampung_kb SET (latest_level, latest_year) = (
    SELECT s.computed_level, s.year FROM kampung_kb_snapshot s WHERE s.kampung_kb_id = kampung_kb.id AND s.deleted_at IS NULL
    ORDER BY s.year DESC, ifnull(s.month, 0) DESC LIMIT 1)
  WHERE id = OLD.kampung_kb_id;
END;

-- A unit that arrives after its periods (a package from another PC) takes them in.
CREATE TRIGGER kampung_kb_latest_insert AFTER INSERT ON kampung_kb
WHEN EXISTS (SELECT 1 FROM kampung_kb_snapshot s WHERE s.kampung_kb_id = NEW.id) BEGIN
  UPDATE kampung_kb SET (latest_level, latest_year) = (
    SELECT s.computed_level, s.year FROM kampung_kb_snapshot s WHERE s.kampung_kb_id = NEW.id AND s.deleted_at IS NULL
    ORDER BY s.year DESC, ifnull(s.month, 0) DESC LIMIT 1)
  WHERE id = NEW.id;
END;
