// prepayctl bench vend: complete vends per second (vend row, payment, ledger lines, outbox
// events, two commits with synchronous=FULL), against bare SQLite writing the same rows with
// the same pragmas in the same two transactions, in the same run on the same file.
#include "Ctl.h"

#include "demo/DemoGenerator.h"
#include "storage/Sql.h"
#include "vending/ShiftService.h"
#include "vending/VendingService.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

namespace prepaydesk::ctl {

namespace {

// The rows one vend writes, through the SQLite C API: what the vend would cost without
// PrepayDesk's checks, quote and bookkeeping around it.
class BareVends
{
public:
    explicit BareVends(sqlite3 *db)
        : m_db(db)
    {
        auto prep = [db](const char *sql) {
            sqlite3_stmt *s = nullptr;
            sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
            return s;
        };
        m_vend = prep("INSERT INTO vends (idempotency_key, account_id, meter_id, shift_id, operator_id, state, "
                      "amount_minor, units_milli, tariff_version_id, quote, carrier, created_at) "
                      "VALUES (?1, ?2, ?3, ?4, 1, 'pending', ?5, ?6, ?7, ?8, 'reference', ?9)");
        m_payment = prep("INSERT INTO payments (vend_id, method, amount_minor, tendered_minor, change_minor) "
                         "VALUES (?1, 'cash', ?2, ?2, 0)");
        m_tx = prep("INSERT INTO ledger_transactions (kind, vend_id, shift_id, at, operator_id) "
                    "VALUES ('vend', ?1, ?2, ?3, 1)");
        m_line = prep("INSERT INTO ledger_lines (transaction_id, ledger_account, debit_minor, credit_minor) "
                      "VALUES (?1, ?2, ?3, ?4)");
        m_outbox = prep("INSERT INTO outbox (event_id, kind, payload, created_at) VALUES (?1, ?2, ?3, ?4)");
        m_code = prep("UPDATE vends SET credit_code = ?1 WHERE id = ?2");
        m_delivered =
            prep("UPDATE vends SET state = 'delivered', delivered_at = ?1 WHERE id = ?2 AND state = 'pending'");
    }
    ~BareVends()
    {
        for (sqlite3_stmt *s : {m_vend, m_payment, m_tx, m_line, m_outbox, m_code, m_delivered})
            sqlite3_finalize(s);
    }
    bool ok() const { return m_vend && m_payment && m_tx && m_line && m_outbox && m_code && m_delivered; }

    bool vend(qint64 account, qint64 meter, qint64 shift, qint64 version, const QByteArray &quote, qint64 amount)
    {
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
        exec("BEGIN IMMEDIATE");
        bindText(m_vend, 1, key);
        sqlite3_bind_int64(m_vend, 2, account);
        sqlite3_bind_int64(m_vend, 3, meter);
        sqlite3_bind_int64(m_vend, 4, shift);
        sqlite3_bind_int64(m_vend, 5, amount);
        sqlite3_bind_int64(m_vend, 6, amount * 20);
        sqlite3_bind_int64(m_vend, 7, version);
        bindText(m_vend, 8, quote);
        bindText(m_vend, 9, now);
        step(m_vend);
        const qint64 vendId = sqlite3_last_insert_rowid(m_db);
        sqlite3_bind_int64(m_payment, 1, vendId);
        sqlite3_bind_int64(m_payment, 2, amount);
        step(m_payment);
        sqlite3_bind_int64(m_tx, 1, vendId);
        sqlite3_bind_int64(m_tx, 2, shift);
        bindText(m_tx, 3, now);
        step(m_tx);
        const qint64 tx = sqlite3_last_insert_rowid(m_db);
        const qint64 tax = amount * 1300 / 11300;
        const struct
        {
            const char *account;
            qint64 debit, credit;
        } lines[] = {{"cash", amount, 0},
                     {"revenue:electricity:block1", 0, amount},
                     {"revenue:electricity:tax-included", tax, 0},
                     {"tax", 0, tax}};
        for (const auto &l : lines) {
            sqlite3_bind_int64(m_line, 1, tx);
            sqlite3_bind_text(m_line, 2, l.account, -1, SQLITE_STATIC);
            sqlite3_bind_int64(m_line, 3, l.debit);
            sqlite3_bind_int64(m_line, 4, l.credit);
            step(m_line);
        }
        bindText(m_code, 1, key.left(20));
        sqlite3_bind_int64(m_code, 2, vendId);
        step(m_code);
        outbox("vend.pending", quote, now);
        exec("COMMIT");
        exec("BEGIN IMMEDIATE");
        bindText(m_delivered, 1, now);
        sqlite3_bind_int64(m_delivered, 2, vendId);
        step(m_delivered);
        outbox("vend.delivered", quote, now);
        exec("COMMIT");
        return m_ok;
    }

private:
    void exec(const char *sql) { m_ok = m_ok && sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    void step(sqlite3_stmt *s)
    {
        m_ok = m_ok && sqlite3_step(s) == SQLITE_DONE;
        sqlite3_reset(s);
    }
    static void bindText(sqlite3_stmt *s, int i, const QByteArray &v)
    {
        sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    void outbox(const char *kind, const QByteArray &payload, const QByteArray &now)
    {
        bindText(m_outbox, 1, QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        sqlite3_bind_text(m_outbox, 2, kind, -1, SQLITE_STATIC);
        bindText(m_outbox, 3, payload);
        bindText(m_outbox, 4, now);
        step(m_outbox);
    }

    sqlite3 *m_db;
    bool m_ok = true;
    sqlite3_stmt *m_vend = nullptr, *m_payment = nullptr, *m_tx = nullptr, *m_line = nullptr, *m_outbox = nullptr,
                 *m_code = nullptr, *m_delivered = nullptr;
};

} // namespace

int runVendBench(Ctl &ctl)
{
    QCommandLineParser parser;
    ctl.setupParser(parser, Ctl::tr("Measure complete vends per second and compare them with bare SQLite writing the "
                                    "same rows. Without --db, a temporary demo database is used."));
    parser.addOption({QStringLiteral("vends"), Ctl::tr("How many vends of each kind (default 300)."),
                      QStringLiteral("N"), QStringLiteral("300")});
    if (auto exit = ctl.parse(parser, 2))
        return *exit;
    const int n = std::clamp(parser.value(QStringLiteral("vends")).toInt(), 10, 1'000'000);
    QTemporaryDir scratch;
    std::shared_ptr<Database> db;
    if (parser.isSet(QStringLiteral("db"))) {
        db = ctl.openDatabase(parser, Database::Options{});
        if (!db)
            return Ctl::Failed;
    } else {
        auto opened = Database::open(scratch.filePath(QStringLiteral("bench.db")));
        if (!opened)
            return ctl.fail(opened.error());
        db = opened.value();
        DemoGenerator::Options o;
        o.customers = 200;
        o.readingMonths = 0;
        o.operators = false;
        if (Status s = DemoGenerator::generate(*db, o); !s)
            return ctl.fail(s.error());
    }
    const QSqlDatabase c = db->connection();
    const Operator actor = Operator::system();
    ShiftService shifts(*db, SystemClock::instance());
    auto current = shifts.current(actor);
    if (!current)
        return ctl.fail(current.error());
    qint64 shiftId = current.value() ? current.value()->id : 0;
    if (!shiftId) {
        auto s = shifts.open(actor, Money());
        if (!s)
            return ctl.fail(s.error());
        shiftId = s->id;
    }
    // Electricity accounts with a meter: the cashier's everyday sale.
    auto q = Sql::exec(
        c, QStringLiteral(
               "SELECT a.id, m.id FROM accounts a JOIN meters m ON m.account_id = a.id AND "
               "m.status = 'installed' AND m.carrier <> 'sts-token' WHERE a.utility = 'electricity' LIMIT 100"));
    if (!q)
        return ctl.fail(q.error());
    QList<std::pair<qint64, qint64>> accounts;
    while (q.value().next())
        accounts.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong()});
    if (accounts.isEmpty())
        return ctl.fail(Ctl::tr("The database has no electricity account with a meter."));

    VendingService vending(*db, SystemClock::instance());
    QByteArray quoteJson;
    qint64 versionId = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        VendingService::Request r;
        r.key = VendingService::newKey();
        r.accountId = accounts[i % accounts.size()].first;
        r.amount = Money::fromMinor(5000 + (i % 50) * 100);
        r.payments << PaymentDraft{PaymentMethod::Cash, r.amount, {}, {}};
        auto v = vending.vend(actor, r);
        if (!v)
            return ctl.fail(v.error());
        if (quoteJson.isEmpty()) {
            quoteJson = QJsonDocument(v->quote).toJson(QJsonDocument::Compact);
            versionId = v->tariffVersionId;
        }
    }
    const double ours = n / (t.nsecsElapsed() / 1e9);

    BareVends bare(Database::nativeHandle(c));
    if (!bare.ok())
        return ctl.fail(Ctl::tr("The bare SQLite statements could not be prepared."));
    t.start();
    for (int i = 0; i < n; ++i) {
        const auto &[account, meter] = accounts[i % accounts.size()];
        if (!bare.vend(account, meter, shiftId, versionId, quoteJson, 5000 + (i % 50) * 100))
            return ctl.fail(Ctl::tr("A bare SQLite vend failed."));
    }
    const double baseline = n / (t.nsecsElapsed() / 1e9);
    // The bare rows are not real sales: remove them again so the ledger stays true.
    Transaction cleanup(*db);
    for (const char *sql :
         {"DELETE FROM ledger_lines WHERE transaction_id IN (SELECT t.id FROM ledger_transactions t JOIN vends v ON "
          "v.id = t.vend_id WHERE v.carrier = 'reference' AND v.operator_id = 1 AND v.credit_code = "
          "substr(v.idempotency_key, 1, 20))",
          "DELETE FROM ledger_transactions WHERE vend_id IN (SELECT id FROM vends WHERE credit_code = "
          "substr(idempotency_key, 1, 20))",
          "DELETE FROM payments WHERE vend_id IN (SELECT id FROM vends WHERE credit_code = substr(idempotency_key, 1, "
          "20))",
          "DELETE FROM vends WHERE credit_code = substr(idempotency_key, 1, 20)"}) {
        if (auto r = Sql::exec(c, QString::fromLatin1(sql)); !r)
            return ctl.fail(r.error());
    }
    if (Status s = cleanup.commit(); !s)
        return ctl.fail(s.error());
    ctl.out() << "vends=" << n << '\n'
              << "synchronous=FULL journal_mode=WAL\n"
              << "prepaydesk_vends_per_s=" << QString::number(ours, 'f', 1) << '\n'
              << "bare_sqlite_vends_per_s=" << QString::number(baseline, 'f', 1) << '\n'
              << "ratio=" << QString::number(ours / baseline, 'f', 2) << Qt::endl;
    return Ctl::Ok;
}

} // namespace prepaydesk::ctl
