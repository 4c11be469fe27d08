-- Reference data: the ISO/IEC 42001 catalogue, crosswalk rows and EU AI Act classification data.
CREATE TABLE catalogue_entries (
    code                   text PRIMARY KEY,
    kind                   text NOT NULL,
    parent_code            text REFERENCES catalogue_entries (code),
    title                  text NOT NULL,
    description            text NOT NULL,
    documented_information boolean NOT NULL DEFAULT false,
    sort_key               text NOT NULL,
    CONSTRAINT ck_catalogue_entries_kind CHECK (kind IN ('CLAUSE', 'SUBCLAUSE', 'ANNEX_A_OBJECTIVE',
        'ANNEX_A_SUB_OBJECTIVE', 'ANNEX_A_CONTROL', 'ANNEX_C_OBJECTIVE', 'ANNEX_C_RISK_SOURCE'))
);
CREATE INDEX idx_catalogue_entries_kind_sort ON catalogue_entries (kind, sort_key);

CREATE TABLE crosswalk_links (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_code  text NOT NULL REFERENCES catalogue_entries (code),
    source_label text NOT NULL,
    framework    text NOT NULL,
    target       text NOT NULL,
    provenance   text NOT NULL,
    CONSTRAINT ck_crosswalk_links_provenance CHECK (provenance IN ('OFFICIAL_CROSSWALK', 'DERIVED_MAPPING', 'OWN_ALIGNMENT'))
);
CREATE INDEX idx_crosswalk_links_source ON crosswalk_links (source_code);

CREATE TABLE eu_ai_act_tiers (
    code        text PRIMARY KEY,
    title       text NOT NULL,
    legal_basis text NOT NULL,
    summary     text NOT NULL,
    sort_order  int  NOT NULL
);

CREATE TABLE eu_annex_iii_areas (
    number  int PRIMARY KEY,
    title   text NOT NULL,
    summary text NOT NULL
);

INSERT INTO eu_ai_act_tiers (code, title, legal_basis, summary, sort_order) VALUES
  ('PROHIBITED', 'Prohibited practice', 'Art. 5(1)', 'Uses the Act bans outright, such as social scoring or manipulative techniques that cause significant harm. Banned since 2 Feb 2025.', 1),
  ('HIGH', 'High risk', 'Art. 6(1) with Annex I, or Art. 6(2) with Annex III', 'Safety components of regulated products, or a use in one of the Annex III areas unless a documented Art. 6(3) derogation applies. Profiling of people is always high risk.', 2),
  ('LIMITED', 'Limited risk (transparency)', 'Art. 50', 'Systems that talk to people or generate synthetic content: people must be told, and content must be marked.', 3),
  ('MINIMAL', 'Minimal risk', 'Voluntary codes (Art. 95)', 'Everything else; only the general AI-literacy duty applies.', 4),
  ('NOT_CLASSIFIED', 'Not yet classified', '—', 'The classification has not been decided yet.', 5);

INSERT INTO eu_annex_iii_areas (number, title, summary) VALUES
  (1, 'Biometrics', 'Remote identification, categorisation by sensitive traits and emotion recognition, where the law permits them.'),
  (2, 'Critical infrastructure', 'Safety components in digital infrastructure, road traffic and utilities.'),
  (3, 'Education and vocational training', 'Admission, assessment of learning, level placement and exam proctoring.'),
  (4, 'Employment and workers management', 'Recruiting, promotion and termination decisions, task allocation and performance monitoring.'),
  (5, 'Essential private and public services', 'Benefit eligibility, credit scoring, life and health insurance pricing, emergency triage.'),
  (6, 'Law enforcement', 'Risk assessments, evidence evaluation and profiling by or for law-enforcement bodies.'),
  (7, 'Migration, asylum and border control', 'Risk assessments and examination of applications at borders and in asylum procedures.'),
  (8, 'Administration of justice and democratic processes', 'Support to judicial decisions and systems meant to influence elections.');
