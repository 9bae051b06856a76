-- Who changed what and when: one row per written record, filled by the triggers that
-- db/change-tracking.ts installs on every connection (so new columns are always covered).
-- The same log is the change history that exchange packages between PCs are built from.

-- This installation, as other PCs know it. Exactly one row, created on first open.
CREATE TABLE device_identity (
  id TEXT PRIMARY KEY,
  singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
  name TEXT NOT NULL DEFAULT '',
  -- Who works on this PC now, and the names used before (JSON array), newest first.
  operator TEXT NOT NULL DEFAULT '',
  operators TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(operators)),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY,
  -- The revision this write produced; a record's revisions travel with it between PCs.
  rev TEXT NOT NULL,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  -- The whole row before and after the write, as JSON (blobs are recorded by size only).
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after)),
  changed_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  operator TEXT NOT NULL,
  -- The user action (handler channel) and one id per action, so one save reads as one entry.
  action TEXT NOT NULL,
  action_id TEXT NOT NULL
) STRICT;

CREATE INDEX change_log_record ON change_log (entity, record_id, seq);
CREATE INDEX change_log_time ON change_log (changed_at);
CREATE INDEX change_log_operator ON change_log (operator);

-- Revisions a record passed through on other PCs, learnt from exchange packages (its revisions
-- here are in change_log): a record from another PC whose history contains our current revision
-- simply moves ours forward.
CREATE TABLE record_rev (
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  rev TEXT NOT NULL,
  PRIMARY KEY (entity, record_id, rev)
) STRICT, WITHOUT ROWID;
