CREATE TABLE organisational_units (
    id               uuid PRIMARY KEY,
    name             text NOT NULL,
    region           text NOT NULL,
    version          bigint NOT NULL,
    created_at       timestamptz NOT NULL,
    created_by       text NOT NULL,
    last_modified_at timestamptz NOT NULL,
    last_modified_by text NOT NULL
);
CREATE UNIQUE INDEX idx_organisational_units_name ON organisational_units (lower(name));

CREATE TABLE ai_systems (
    id                     uuid PRIMARY KEY,
    reference_code         text NOT NULL,
    name                   text NOT NULL,
    description            text NOT NULL,
    intended_purpose       text NOT NULL,
    business_owner_id      uuid NOT NULL,
    technical_owner_id     uuid NOT NULL,
    unit_id                uuid NOT NULL,
    lifecycle_stage        text NOT NULL,
    deployment_context     text NOT NULL,
    decisions_about_people boolean NOT NULL,
    high_stakes_domain     text NOT NULL,
    autonomy_level         text NOT NULL,
    eu_risk_tier           text NOT NULL,
    eu_tier_justification  text NOT NULL DEFAULT '',
    annex_iii_area         int,
    provider_type          text NOT NULL,
    provider_name          text NOT NULL DEFAULT '',
    data_categories        text[] NOT NULL DEFAULT '{}',
    iso_role               text NOT NULL,
    eu_role                text NOT NULL,
    in_aims_scope          boolean NOT NULL,
    scope_justification    text NOT NULL DEFAULT '',
    next_review_date       date,
    intake_status          text NOT NULL,
    triage_outcome         text NOT NULL,
    triage_score           int NOT NULL DEFAULT 0,
    triage_rules           text[] NOT NULL DEFAULT '{}',
    triaged_at             timestamptz,
    archived_at            timestamptz,
    archive_reason         text,
    version                bigint NOT NULL,
    created_at             timestamptz NOT NULL,
    created_by             text NOT NULL,
    last_modified_at       timestamptz NOT NULL,
    last_modified_by       text NOT NULL,
    CONSTRAINT fk_ai_systems_business_owner FOREIGN KEY (business_owner_id) REFERENCES users (id),
    CONSTRAINT fk_ai_systems_technical_owner FOREIGN KEY (technical_owner_id) REFERENCES users (id),
    CONSTRAINT fk_ai_systems_unit FOREIGN KEY (unit_id) REFERENCES organisational_units (id),
    CONSTRAINT fk_ai_systems_annex_iii FOREIGN KEY (annex_iii_area) REFERENCES eu_annex_iii_areas (number)
);
CREATE UNIQUE INDEX idx_ai_systems_reference_code ON ai_systems (lower(reference_code));
CREATE INDEX idx_ai_systems_name ON ai_systems (lower(name));
CREATE INDEX idx_ai_systems_stage ON ai_systems (lifecycle_stage);
CREATE INDEX idx_ai_systems_tier ON ai_systems (eu_risk_tier);
CREATE INDEX idx_ai_systems_unit ON ai_systems (unit_id);
CREATE INDEX idx_ai_systems_business_owner ON ai_systems (business_owner_id);
CREATE INDEX idx_ai_systems_technical_owner ON ai_systems (technical_owner_id);
CREATE INDEX idx_ai_systems_triage ON ai_systems (triage_outcome);
CREATE INDEX idx_ai_systems_intake ON ai_systems (intake_status);
CREATE INDEX idx_ai_systems_review_date ON ai_systems (next_review_date);

-- Numbers for reference codes generated on intake (AIS-0001, …).
CREATE SEQUENCE ai_system_reference_seq START 1;
