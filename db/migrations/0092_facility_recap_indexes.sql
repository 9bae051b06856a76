-- The sarana recap and the Rakorda report read one year of facility data; these indexes let them
-- read that year instead of every group's needs and history (district scale, 25.000 needs and
-- 62.000 events: deliveries of a year 230 → 50 ms, needs proposed in a year 51 → 20 ms).

CREATE INDEX facility_need_event_delivered ON facility_need_event (happened_on)
  WHERE deleted_at IS NULL AND status IN ('diterima', 'diterima-sebagian');

CREATE INDEX facility_need_year ON facility_need (year_proposed) WHERE deleted_at IS NULL;
