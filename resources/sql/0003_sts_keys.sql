-- PrepayDesk schema 3: the vault of vending keys and the STS state tracked per meter.

-- One row: how the vault's master key is derived from the administrators' passphrase, and a
-- value sealed with it that proves a passphrase right without revealing anything.
CREATE TABLE key_vault (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    kdf        TEXT NOT NULL,                  -- scrypt$<log2 N>$<r>$<p>$<salt base64>
    verifier   TEXT NOT NULL,                  -- base64 AES-256-GCM sealed check value
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES operators (id)
);

-- Vending keys, sealed with AES-256-GCM under the vault's master key; never stored in clear.
CREATE TABLE vending_keys (
    id           INTEGER PRIMARY KEY,
    sgc          INTEGER NOT NULL CHECK (sgc BETWEEN 0 AND 999999),
    key_revision INTEGER NOT NULL CHECK (key_revision BETWEEN 1 AND 9),
    key_type     INTEGER NOT NULL CHECK (key_type BETWEEN 0 AND 3),
    description  TEXT NOT NULL DEFAULT '',
    sealed       TEXT NOT NULL,                -- base64: nonce | ciphertext | tag
    expires_on   TEXT,                         -- YYYY-MM-DD
    created_at   TEXT NOT NULL,
    created_by   INTEGER NOT NULL REFERENCES operators (id),
    UNIQUE (sgc, key_revision)
);

-- STS state of each keypad meter: its token identifier base date, the last TID used (no two
-- tokens for one meter share one), when its key expires, and the SGC/TI/KRN it must move to
-- (its next sale issues the key change tokens first).
ALTER TABLE meters ADD COLUMN sts_base_date INTEGER CHECK (sts_base_date IN (1993, 2014, 2035));
ALTER TABLE meters ADD COLUMN sts_last_tid INTEGER;
ALTER TABLE meters ADD COLUMN sts_key_expiry TEXT;
ALTER TABLE meters ADD COLUMN sts_next_sgc INTEGER;
ALTER TABLE meters ADD COLUMN sts_next_tariff_index INTEGER;
ALTER TABLE meters ADD COLUMN sts_next_key_revision INTEGER;
