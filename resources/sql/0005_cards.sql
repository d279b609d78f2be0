-- PrepayDesk schema 5: IC cards (docs/card-format.md): the utility's card keys, the cards issued,
-- what happened to each, and the alarms meters report.

-- The utility's card key, sealed with AES-256-GCM under the key vault's master key like the
-- vending keys. The newest version of a utility's key is the one cards are written with.
CREATE TABLE card_keys (
    id           INTEGER PRIMARY KEY,
    utility_code TEXT NOT NULL CHECK (length(utility_code) = 6 AND utility_code NOT GLOB '*[^0-9]*'),
    version      INTEGER NOT NULL CHECK (version >= 1),
    description  TEXT NOT NULL DEFAULT '',
    sealed       TEXT NOT NULL,                -- base64: nonce | ciphertext | tag
    created_at   TEXT NOT NULL,
    created_by   INTEGER NOT NULL REFERENCES operators (id),
    UNIQUE (utility_code, version)
);

-- Every card PrepayDesk wrote: customers' cards (bound to a meter) and engineers' cards.
CREATE TABLE cards (
    id               INTEGER PRIMARY KEY,
    serial           TEXT NOT NULL UNIQUE CHECK (length(serial) = 16),  -- hex, as on the card
    chip             TEXT NOT NULL CHECK (chip IN ('sle4442', 'cpu')),
    kind             TEXT NOT NULL CHECK (kind IN ('user', 'setup', 'check', 'clear', 'tool')),
    meter_id         INTEGER REFERENCES meters (id),
    status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blacklisted')),
    purchase_count   INTEGER NOT NULL DEFAULT 0 CHECK (purchase_count >= 0),  -- last written onto it
    loaded_count     INTEGER,                    -- last the meter wrote back as loaded
    replaces_card_id INTEGER REFERENCES cards (id),
    status_reason    TEXT NOT NULL DEFAULT '',
    issued_at        TEXT NOT NULL,
    issued_by        INTEGER NOT NULL REFERENCES operators (id),
    status_at        TEXT,
    status_by        INTEGER REFERENCES operators (id),
    CHECK ((kind = 'user') = (meter_id IS NOT NULL))
);
-- A meter has one customer's card in use at a time.
CREATE UNIQUE INDEX cards_one_active_user ON cards (meter_id) WHERE status = 'active' AND kind = 'user';

-- The card's life, never rewritten: issued, topped up, read, blacklisted, replaced, tool use.
CREATE TABLE card_events (
    id             INTEGER PRIMARY KEY,
    card_id        INTEGER NOT NULL REFERENCES cards (id),
    kind           TEXT NOT NULL CHECK (kind IN ('issue', 'topup', 'read', 'blacklist', 'replace', 'engineer')),
    vend_id        INTEGER REFERENCES vends (id),
    purchase_count INTEGER,
    details        TEXT NOT NULL DEFAULT '{}',  -- JSON
    at             TEXT NOT NULL,
    operator_id    INTEGER NOT NULL REFERENCES operators (id)
);
CREATE INDEX card_events_card ON card_events (card_id, at);

-- Alarms meters report (read from a card's write-back, the serial line, remote reads). An alarm
-- stays raised until a later report no longer shows it.
CREATE TABLE meter_alarms (
    id         INTEGER PRIMARY KEY,
    meter_id   INTEGER NOT NULL REFERENCES meters (id),
    kind       TEXT NOT NULL CHECK (kind IN ('valve-closed', 'leak', 'tamper', 'low-battery', 'alarm')),
    source     TEXT NOT NULL CHECK (source IN ('card', 'serial', 'remote')),
    raised_at  TEXT NOT NULL,
    cleared_at TEXT
);
CREATE UNIQUE INDEX meter_alarms_open ON meter_alarms (meter_id, kind) WHERE cleared_at IS NULL;
