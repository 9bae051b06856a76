-- Whether an indicator is counted in whole numbers (people, families, groups, units): a figure
-- of 1.980,5 orang is a typing slip, refused where it is entered. For a rate, what is counted is
-- its numerator and denominator (and the number existing); its target, a percentage, may have
-- decimals. Every indicator of the common set counts whole; an office's own may not (rupiah,
-- hectares), and the catalogue says which.

ALTER TABLE indicator ADD COLUMN whole_number INTEGER NOT NULL DEFAULT 0 CHECK (whole_number IN (0, 1));

UPDATE indicator SET whole_number = 1
WHERE code IN ('pb', 'pa', 'pb-mkjp', 'pa-mkjp-persen', 'pb-pria', 'pa-mandiri', 'pb-miskin', 'unmet-need', 'kkb',
               'bkb-aktif', 'bkr-aktif', 'bkl-aktif', 'pikr-aktif', 'cakupan-lapor');
