-- PrepayDesk schema 2: versioned tariffs, shifts, vends, payments, the double-entry ledger
-- and the sync outbox. Amounts are integer fen, quantities integer milli-units.

-- A tariff's rules by effective date, as the JSON of docs/tariffs.md.
CREATE TABLE tariff_versions (
    id             INTEGER PRIMARY KEY,
    tariff_id      INTEGER NOT NULL REFERENCES tariffs (id),
    effective_from TEXT NOT NULL,          -- YYYY-MM-DD, local date
    definition     TEXT NOT NULL,          -- JSON (TariffVersion::toJson)
    created_at     TEXT NOT NULL,
    created_by     INTEGER NOT NULL REFERENCES operators (id),
    UNIQUE (tariff_id, effective_from)
);

-- Schema 1 tariffs had one flat price: each becomes a first version, in force since 2000.
INSERT INTO tariff_versions (tariff_id, effective_from, definition, created_at, created_by)
SELECT id, '2000-01-01',
       json_object('effective_from', '2000-01-01', 'meter_kind', 'unit', 'basis', 'purchase',
                   'cycle', json_object('kind', 'monthly', 'start_month', 1, 'start_day', 1),
                   'blocks', json_array(json_object('from', '0',
                                                    'price', printf('%d.%04d', unit_price / 10000, unit_price % 10000)))),
       created_at, 1
FROM tariffs;

-- A cashier's shift: opened with a cash float, closed with the cash counted.
CREATE TABLE shifts (
    id                  INTEGER PRIMARY KEY,
    operator_id         INTEGER NOT NULL REFERENCES operators (id),
    status              TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    opened_at           TEXT NOT NULL,
    float_minor         INTEGER NOT NULL CHECK (float_minor >= 0),
    closed_at           TEXT,
    expected_cash_minor INTEGER,
    counted_cash_minor  INTEGER,
    counted_detail      TEXT,                         -- JSON: {"10000": 3, "50": 2} fen -> pieces
    approved_by         INTEGER REFERENCES operators (id),
    close_note          TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX shifts_one_open ON shifts (operator_id) WHERE status = 'open';

-- A sale of credit. 'requested' lives only in memory: a vend row exists from 'pending' on.
CREATE TABLE vends (
    id                 INTEGER PRIMARY KEY,
    idempotency_key    TEXT NOT NULL UNIQUE,
    account_id         INTEGER NOT NULL REFERENCES accounts (id),
    meter_id           INTEGER REFERENCES meters (id),
    shift_id           INTEGER NOT NULL REFERENCES shifts (id),
    operator_id        INTEGER NOT NULL REFERENCES operators (id),
    state              TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed', 'voided', 'reversed')),
    amount_minor       INTEGER NOT NULL CHECK (amount_minor > 0),
    units_milli        INTEGER NOT NULL DEFAULT 0,
    free_units_milli   INTEGER NOT NULL DEFAULT 0,
    money_credit_minor INTEGER NOT NULL DEFAULT 0,
    fixed_months       INTEGER NOT NULL DEFAULT 0,
    tariff_version_id  INTEGER NOT NULL REFERENCES tariff_versions (id),
    quote              TEXT NOT NULL,                 -- JSON: the breakdown the vend used
    carrier            TEXT NOT NULL,
    credit_code        TEXT,                          -- token or reference; stored before it is shown
    created_at         TEXT NOT NULL,
    delivered_at       TEXT,
    ended_at           TEXT,                          -- voided, failed or reversed
    end_reason         TEXT NOT NULL DEFAULT '',
    approved_by        INTEGER REFERENCES operators (id),
    receipt_prints     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX vends_account ON vends (account_id, created_at);
CREATE INDEX vends_shift ON vends (shift_id);
CREATE INDEX vends_pending ON vends (state) WHERE state = 'pending';

-- How a vend was paid: one or more payments (split payments).
CREATE TABLE payments (
    id             INTEGER PRIMARY KEY,
    vend_id        INTEGER NOT NULL REFERENCES vends (id),
    method         TEXT NOT NULL CHECK (method IN ('cash', 'card', 'qr')),
    amount_minor   INTEGER NOT NULL CHECK (amount_minor > 0),
    tendered_minor INTEGER,                           -- cash: what was handed over
    change_minor   INTEGER,                           -- cash: what was given back
    reference      TEXT NOT NULL DEFAULT ''           -- card or QR transaction reference
);
CREATE INDEX payments_vend ON payments (vend_id);

-- The double-entry ledger: every transaction's lines balance (debits = credits).
CREATE TABLE ledger_transactions (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,                        -- vend, void, failure, reversal, float, shift-close
    vend_id     INTEGER REFERENCES vends (id),
    shift_id    INTEGER REFERENCES shifts (id),
    at          TEXT NOT NULL,
    operator_id INTEGER NOT NULL REFERENCES operators (id),
    approved_by INTEGER REFERENCES operators (id),
    memo        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ledger_transactions_vend ON ledger_transactions (vend_id);
CREATE INDEX ledger_transactions_shift ON ledger_transactions (shift_id);

CREATE TABLE ledger_lines (
    id             INTEGER PRIMARY KEY,
    transaction_id INTEGER NOT NULL REFERENCES ledger_transactions (id),
    ledger_account TEXT NOT NULL,                     -- see LedgerAccounts in app/core/vending/Ledger.h
    account_id     INTEGER REFERENCES accounts (id),  -- the customer account of debt and prepaid lines
    debit_minor    INTEGER NOT NULL DEFAULT 0 CHECK (debit_minor >= 0),
    credit_minor   INTEGER NOT NULL DEFAULT 0 CHECK (credit_minor >= 0),
    CHECK ((debit_minor = 0) <> (credit_minor = 0))
);
CREATE INDEX ledger_lines_transaction ON ledger_lines (transaction_id);
CREATE INDEX ledger_lines_account ON ledger_lines (ledger_account, account_id);

-- Immutable events for the central server, each acknowledged by its event id.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    event_id   TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at    TEXT
);
CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
