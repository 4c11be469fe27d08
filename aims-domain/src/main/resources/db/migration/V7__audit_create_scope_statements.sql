-- AIMS scope (clause 4.3): every publication is a new immutable version.
CREATE TABLE scope_statements (
    id                 uuid PRIMARY KEY,
    revision           int NOT NULL,
    statement          text NOT NULL,
    boundaries         text NOT NULL,
    units              text NOT NULL,
    locations          text NOT NULL,
    internal_issues    text NOT NULL,
    external_issues    text NOT NULL,
    interested_parties text NOT NULL,
    systems_snapshot   text NOT NULL,
    change_note        text NOT NULL,
    version            bigint NOT NULL,
    created_at         timestamptz NOT NULL,
    created_by         text NOT NULL,
    last_modified_at   timestamptz NOT NULL,
    last_modified_by   text NOT NULL
);
CREATE UNIQUE INDEX idx_scope_statements_revision ON scope_statements (revision);
