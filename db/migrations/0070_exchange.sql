-- Exchange packages between PCs ("Kirim Data" / "Terima Data").

-- Records defined by a natural key get the same id on every PC (see naturalId in db/clock.ts),
-- so the seeded catalogues and the evaluation cells of two offices are one record each.
PRAGMA defer_foreign_keys = ON;
UPDATE facility_need SET item_id = (SELECT 'item:' || i.poktan_type || ':' || lower(i.name) FROM facility_item i WHERE i.id = facility_need.item_id)
WHERE item_id IS NOT NULL;
UPDATE facility_item SET id = 'item:' || poktan_type || ':' || lower(name);
UPDATE evaluation_value SET indicator_id = (SELECT 'ind:' || code FROM indicator WHERE indicator.id = evaluation_value.indicator_id);
UPDATE indicator SET id = 'ind:' || code;
UPDATE evaluation_value SET id = 'ev:' || year || ':' || indicator_id || ':' || area;
UPDATE ref_option SET id = 'ref:' || list || ':' || code;
UPDATE rakorda_meeting SET id = 'rakorda:' || year;

-- The other PCs this one exchanges with, and how far our change log has been sent to each.
CREATE TABLE exchange_partner (
  device_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  -- change_log.seq up to which our changes have gone to this partner in a package.
  sent_through_seq INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Every package made here or applied here, with its counts and who handled it.
CREATE TABLE exchange_package (
  id TEXT NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('kirim', 'terima')),
  partner_device_id TEXT,
  partner_name TEXT NOT NULL,
  kecamatan_code TEXT,
  whole INTEGER NOT NULL CHECK (whole IN (0, 1)),
  records INTEGER NOT NULL,
  added INTEGER NOT NULL DEFAULT 0,
  changed INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  conflicts INTEGER NOT NULL DEFAULT 0,
  operator TEXT NOT NULL,
  handled_at TEXT NOT NULL,
  PRIMARY KEY (id, direction)
) STRICT;

-- A record changed on both PCs since they last met: kept until a person decides, never overwritten.
CREATE TABLE exchange_conflict (
  id TEXT PRIMARY KEY,
  package_id TEXT NOT NULL,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  -- Their version of the row, the revision it carries and every revision it descends from.
  theirs TEXT NOT NULL CHECK (json_valid(theirs)),
  their_rev TEXT NOT NULL,
  their_revs TEXT NOT NULL CHECK (json_valid(their_revs)),
  their_device_id TEXT NOT NULL,
  their_operator TEXT NOT NULL,
  -- 'edited': both sides edited; 'duplicate': theirs clashes with another record's unique key.
  reason TEXT NOT NULL CHECK (reason IN ('edited', 'duplicate')),
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  resolution TEXT CHECK (resolution IN ('mine', 'theirs', 'fields', 'superseded')),
  resolved_by TEXT,
  UNIQUE (entity, record_id, their_rev)
) STRICT;

CREATE INDEX exchange_conflict_open ON exchange_conflict (resolved_at, created_at);
