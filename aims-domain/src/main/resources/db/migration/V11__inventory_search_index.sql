-- Free-text search of the inventory: one trigram index over the searched text, so that
-- "contains" searches use an index instead of scanning every system. pg_trgm is a trusted extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX idx_ai_systems_search ON ai_systems
    USING gin (lower(name || ' ' || reference_code || ' ' || description || ' ' || intended_purpose) gin_trgm_ops)
    WHERE archived_at IS NULL;
