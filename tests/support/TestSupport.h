#pragma once

#include "records/Records.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Fails the test with the Error's message when a Result or Status is not ok.
#define PD_VERIFY_OK(expr)                                                                                             \
    do {                                                                                                               \
        const auto &pd_r_ = (expr);                                                                                    \
        QVERIFY2(pd_r_.ok(), pd_r_.ok() ? "" : qPrintable(pd_r_.error().message));                                     \
    } while (false)

namespace prepaydesk::test {

// A fresh database file on disk in its own temporary folder, migrated to the latest schema.
class TempDatabase
{
public:
    explicit TempDatabase(const Database::Options &options = {});
    QString folder() const { return m_dir.path(); }
    QString path() const { return m_path; }
    Database &db() const { return *m_db; }
    std::shared_ptr<Database> shared() const { return m_db; }
    void close() { m_db.reset(); }
    bool reopen(const Database::Options &options = {});

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<Database> m_db;
};

// Where tests put screenshots and reports: <build>/test-output/<suite>.
QString outputFolder(const QString &suite);
// tests/data in the source tree.
QString dataFolder();
// An STS keypad electricity meter (SGC 123456, TI 1, KRN 1) ready to register.
MeterDraft stsMeterDraft(const QString &serial);

// The instant every test clock starts at, so that dates in assertions are known.
QDateTime testEpoch();

} // namespace prepaydesk::test
