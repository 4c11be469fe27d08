CREATE TABLE notifications (
    id           uuid PRIMARY KEY,
    recipient_id uuid NOT NULL,
    title        text NOT NULL,
    body         text NOT NULL,
    link         text,
    dedup_key    text,
    created_at   timestamptz NOT NULL,
    read_at      timestamptz,
    CONSTRAINT fk_notifications_recipient FOREIGN KEY (recipient_id) REFERENCES users (id)
);
CREATE INDEX idx_notifications_recipient ON notifications (recipient_id, created_at DESC);
CREATE UNIQUE INDEX idx_notifications_dedup ON notifications (recipient_id, dedup_key) WHERE dedup_key IS NOT NULL;

-- ShedLock: several portal instances run each scheduled job once.
CREATE TABLE shedlock (
    name       varchar(64) PRIMARY KEY,
    lock_until timestamp NOT NULL,
    locked_at  timestamp NOT NULL,
    locked_by  varchar(255) NOT NULL
);
