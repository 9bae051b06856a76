-- A group's needs of one year (the one-open-need-per-item check of every need saved, its restore
-- from the Sampah, and the needs import's match per row) were read through facility_need_year:
-- with two single-column indexes and no statistics SQLite took the year's, so each check read
-- every need of that year, O(needs) per save. The province generator's need-save went from
-- 1,1 ms a call to 10,2 ms by 37.000 needs; with this index 1,0–2,3 ms throughout (that query
-- alone, 6–8 → 0,02 ms). One index by group and year serves it, and, by its first column, every
-- read by group that facility_need_poktan served (a group's needs, the open-needs count of the
-- triggers and derived columns): it replaces that one, so a need still writes as many indexes.

DROP INDEX facility_need_poktan;
CREATE INDEX facility_need_poktan_year ON facility_need (poktan_id, year_proposed) WHERE deleted_at IS NULL;
