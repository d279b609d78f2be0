-- PrepayDesk schema 1: operators, regions, customers, accounts, meters and their history.
-- Applied in one transaction by Database::migrateTo; the runner records it in schema_version.
-- Times are UTC ISO 8601 text ("2026-11-29T08:00:00Z"); money is integer minor units;
-- quantities are integer milli-units.

CREATE TABLE schema_version (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE TABLE operators (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('cashier', 'supervisor', 'engineer', 'auditor', 'admin')),
    password_hash TEXT,                       -- NULL: cannot log in (the system operator)
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL
);

-- Changes made by scripts and migrations are recorded against this operator.
INSERT INTO operators (id, username, display_name, role, password_hash, active, created_at)
VALUES (1, 'system', 'System', 'admin', NULL, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- city > district > community > building
CREATE TABLE regions (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES regions (id),
    level     INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    name      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100)
);
CREATE UNIQUE INDEX regions_child_name ON regions (parent_id, name) WHERE parent_id IS NOT NULL;
CREATE UNIQUE INDEX regions_city_name ON regions (name) WHERE parent_id IS NULL;

CREATE TABLE tariffs (
    id          INTEGER PRIMARY KEY,
    utility     TEXT NOT NULL CHECK (utility IN ('electricity', 'water', 'gas')),
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    -- price of one kWh or m3 in 1/10000 yuan (0.5283 yuan/kWh is 5283)
    unit_price  INTEGER NOT NULL CHECK (unit_price > 0),
    created_at  TEXT NOT NULL
);

CREATE TABLE customers (
    id                 INTEGER PRIMARY KEY,
    customer_no        TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    phone              TEXT NOT NULL DEFAULT '',
    id_number          TEXT NOT NULL DEFAULT '',
    address            TEXT NOT NULL DEFAULT '',
    region_id          INTEGER REFERENCES regions (id),
    category           TEXT NOT NULL DEFAULT 'residential'
                       CHECK (category IN ('residential', 'commercial', 'institution')),
    assist_elderly     INTEGER NOT NULL DEFAULT 0 CHECK (assist_elderly IN (0, 1)),
    assist_large_print INTEGER NOT NULL DEFAULT 0 CHECK (assist_large_print IN (0, 1)),
    assist_hearing     INTEGER NOT NULL DEFAULT 0 CHECK (assist_hearing IN (0, 1)),
    preferred_language TEXT NOT NULL DEFAULT 'zh_CN',
    created_at         TEXT NOT NULL,
    created_by         INTEGER NOT NULL REFERENCES operators (id),
    updated_at         TEXT NOT NULL,
    updated_by         INTEGER NOT NULL REFERENCES operators (id),
    revision           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX customers_region ON customers (region_id);

-- One account per utility a customer buys.
CREATE TABLE accounts (
    id          INTEGER PRIMARY KEY,
    account_no  TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    utility     TEXT NOT NULL CHECK (utility IN ('electricity', 'water', 'gas')),
    tariff_id   INTEGER REFERENCES tariffs (id),
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'closed')),
    created_at  TEXT NOT NULL,
    created_by  INTEGER NOT NULL REFERENCES operators (id),
    updated_at  TEXT NOT NULL,
    updated_by  INTEGER NOT NULL REFERENCES operators (id),
    UNIQUE (customer_id, utility)
);

CREATE TABLE meters (
    id               INTEGER PRIMARY KEY,
    serial           TEXT NOT NULL UNIQUE,
    utility          TEXT NOT NULL CHECK (utility IN ('electricity', 'water', 'gas')),
    model            TEXT NOT NULL DEFAULT '',
    protocol         TEXT NOT NULL DEFAULT '',   -- sts, dlt645, cjt188, modbus, ...
    carrier          TEXT NOT NULL CHECK (carrier IN ('sts-token', 'ic-card', 'serial', 'remote')),
    sts_sgc          INTEGER,                    -- STS supply group code (6 digits)
    sts_tariff_index INTEGER,                    -- STS tariff index (0..99)
    sts_key_revision INTEGER,                    -- STS key revision number (1..9)
    card_no          TEXT UNIQUE,                -- IC-card meters: the card issued for it
    purchase_count   INTEGER NOT NULL DEFAULT 0 CHECK (purchase_count >= 0),
    status           TEXT NOT NULL DEFAULT 'in-stock'
                     CHECK (status IN ('in-stock', 'installed', 'removed', 'faulty')),
    account_id       INTEGER REFERENCES accounts (id),
    created_at       TEXT NOT NULL,
    created_by       INTEGER NOT NULL REFERENCES operators (id),
    updated_at       TEXT NOT NULL,
    updated_by       INTEGER NOT NULL REFERENCES operators (id),
    revision         INTEGER NOT NULL DEFAULT 1,
    CHECK ((status = 'installed') = (account_id IS NOT NULL))
);
CREATE INDEX meters_account ON meters (account_id);
-- An account has at most one meter installed at a time.
CREATE UNIQUE INDEX meters_one_installed ON meters (account_id) WHERE status = 'installed';

-- Install, replace, remove, transfer: the meter's life, never rewritten.
CREATE TABLE meter_events (
    id               INTEGER PRIMARY KEY,
    meter_id         INTEGER NOT NULL REFERENCES meters (id),
    kind             TEXT NOT NULL CHECK (kind IN ('install', 'replace', 'remove', 'transfer')),
    account_id       INTEGER REFERENCES accounts (id),  -- where the meter went
    from_account_id  INTEGER REFERENCES accounts (id),  -- where it came from
    related_meter_id INTEGER REFERENCES meters (id),    -- replace: the other meter
    register_milli   INTEGER,                           -- register reading at the event
    note             TEXT NOT NULL DEFAULT '',
    at               TEXT NOT NULL,
    operator_id      INTEGER NOT NULL REFERENCES operators (id)
);
CREATE INDEX meter_events_meter ON meter_events (meter_id, at);
CREATE INDEX meter_events_account ON meter_events (account_id);

-- Register readings (cumulative kWh or m3 in milli-units).
CREATE TABLE readings (
    meter_id       INTEGER NOT NULL REFERENCES meters (id),
    read_at        TEXT NOT NULL,
    register_milli INTEGER NOT NULL,
    source         TEXT NOT NULL DEFAULT 'manual',
    PRIMARY KEY (meter_id, read_at)
) WITHOUT ROWID;

-- Who changed what and when. details is JSON: {"field": ["old", "new"], ...}.
CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    operator_id INTEGER NOT NULL REFERENCES operators (id),
    entity      TEXT NOT NULL,      -- customer, account, meter, operator, import
    entity_id   INTEGER NOT NULL,
    customer_id INTEGER,            -- the customer the change belongs to, for their history
    action      TEXT NOT NULL,
    details     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX change_log_customer ON change_log (customer_id, id);

-- Search keys derived from customers, accounts and meters (see CustomerSearch): one row per
-- key, searched by prefix. Maintained by the services; `prepayctl customers reindex` rebuilds it.
CREATE TABLE search_keys (
    key         TEXT NOT NULL,
    customer_id INTEGER NOT NULL,
    PRIMARY KEY (key, customer_id)
) WITHOUT ROWID;
