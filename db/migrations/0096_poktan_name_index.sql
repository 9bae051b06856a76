-- The index of groups by name is read by no query any more: the register's pages walk
-- poktan_register_order (0091), and a name is searched inside the text (LIKE '%…%'), which no
-- index serves. It was still written by every new or renamed group, at a random place in the
-- index: ≈ a sixth of a 10.000-row import's inserts. The register's other indexes are read: by its
-- pages and counts (register order, type, kecamatan, open needs) and per imported row (a similar
-- name in the desa).

DROP INDEX poktan_name;
