-- Governance-review triage (M1.6): which facts about a system count, and how much.
CREATE TABLE triage_criteria (
    id               uuid PRIMARY KEY,
    code             text NOT NULL,
    weight           int NOT NULL,
    enabled          boolean NOT NULL,
    sort_order       int NOT NULL,
    version          bigint NOT NULL,
    created_at       timestamptz NOT NULL,
    created_by       text NOT NULL,
    last_modified_at timestamptz NOT NULL,
    last_modified_by text NOT NULL,
    CONSTRAINT ck_triage_criteria_weight CHECK (weight BETWEEN 0 AND 100)
);
CREATE UNIQUE INDEX idx_triage_criteria_code ON triage_criteria (code);

CREATE TABLE triage_policies (
    id               uuid PRIMARY KEY,
    review_threshold int NOT NULL CHECK (review_threshold BETWEEN 1 AND 100),
    version          bigint NOT NULL,
    created_at       timestamptz NOT NULL,
    created_by       text NOT NULL,
    last_modified_at timestamptz NOT NULL,
    last_modified_by text NOT NULL
);
-- There is exactly one policy.
CREATE UNIQUE INDEX idx_triage_policies_single ON triage_policies ((true));

INSERT INTO triage_policies VALUES (gen_random_uuid(), 3, 0, now(), 'system', now(), 'system');
INSERT INTO triage_criteria (id, code, weight, enabled, sort_order, version, created_at, created_by, last_modified_at, last_modified_by)
SELECT gen_random_uuid(), c.code, c.weight, true, c.sort_order, 0, now(), 'system', now(), 'system'
FROM (VALUES ('EU_PROHIBITED_TIER', 100, 1), ('EU_HIGH_TIER', 10, 2), ('HIGH_STAKES_DOMAIN', 3, 3),
             ('DECISIONS_ABOUT_PEOPLE', 3, 4), ('SPECIAL_CATEGORY_DATA', 3, 5), ('FULLY_AUTOMATED', 2, 6),
             ('PUBLIC_FACING', 2, 7), ('PERSONAL_DATA', 1, 8), ('THIRD_PARTY_PROVIDER', 1, 9),
             ('NOT_CLASSIFIED', 1, 10)) AS c (code, weight, sort_order);
