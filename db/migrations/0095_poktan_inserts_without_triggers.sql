-- A table with an insert trigger makes SQLite keep a statement journal for every INSERT into it
-- (the trigger's writes may have to be undone with the row's), copying each page the row touches
-- (the table and its seven indexes) before changing it, even when the trigger's WHEN is false.
-- For a 10.000-row poktan import that was ≈ 0,15–0,25 s of ≈ 0,65 s of inserts. The app's own
-- INSERT sets both derived columns (a new group has its desa's place order and no needs yet);
-- a group that arrives from another PC gets them from refreshDerived after the package is applied
-- (electron/areas/exchange/apply.ts), as a need's status does. Changing a group's desa still
-- moves it in the register through poktan_place_order_update.

DROP TRIGGER poktan_place_order_insert;
DROP TRIGGER poktan_open_needs_insert;
