CREATE TABLE users (
    id               uuid PRIMARY KEY,
    email            text NOT NULL,
    display_name     text NOT NULL,
    password_hash    text NOT NULL,
    enabled          boolean NOT NULL DEFAULT true,
    version          bigint NOT NULL,
    created_at       timestamptz NOT NULL,
    created_by       text NOT NULL,
    last_modified_at timestamptz NOT NULL,
    last_modified_by text NOT NULL
);
CREATE UNIQUE INDEX idx_users_email ON users (lower(email));

CREATE TABLE user_roles (
    user_id uuid NOT NULL,
    role    text NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_roles_role CHECK (role IN ('ADMIN', 'COMPLIANCE_OFFICER', 'AI_SYSTEM_OWNER', 'AUDITOR', 'EXECUTIVE', 'VIEWER'))
);

-- Login bookkeeping lives apart from the account so that failed attempts do not flood the audit trail.
CREATE TABLE login_attempts (
    email           text PRIMARY KEY,
    failed_attempts int NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    last_failure_at timestamptz
);

CREATE TABLE api_tokens (
    id           uuid PRIMARY KEY,
    user_id      uuid NOT NULL,
    name         text NOT NULL,
    token_prefix text NOT NULL,
    token_hash   text NOT NULL,
    scope        text NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    CONSTRAINT fk_api_tokens_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT ck_api_tokens_scope CHECK (scope IN ('READ', 'WRITE'))
);
CREATE UNIQUE INDEX idx_api_tokens_hash ON api_tokens (token_hash);
CREATE INDEX idx_api_tokens_user ON api_tokens (user_id);
