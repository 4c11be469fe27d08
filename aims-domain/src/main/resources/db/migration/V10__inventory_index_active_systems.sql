-- The default inventory view: active systems sorted by name. Also lets the page count run as an
-- index-only scan instead of reading every row.
CREATE INDEX idx_ai_systems_active_name ON ai_systems (lower(name), id) WHERE archived_at IS NULL;
