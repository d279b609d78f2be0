#pragma once

#include "io/Csv.h"
#include "records/Operator.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace prepaydesk {

class Clock;
class Database;

// Customers, accounts and meters to and from CSV files (UTF-8 or GB18030), one row per
// account: rows with the same customer_no belong to one customer. See docs/csv-format.md.
// An import checks every line first, then stores in one transaction: either everything
// (all-or-nothing), or every good line (skip bad lines) — never half a line or half a file.
class CustomerCsv
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCsv)
public:
    enum class Mode
    {
        AllOrNothing,
        SkipBadLines
    };

    struct LineError
    {
        qsizetype line = 0; // 1-based line in the file
        QString field;      // column name, empty for the whole line
        QString reason;     // translated
    };

    struct Report
    {
        int linesRead = 0;
        int customersCreated = 0;
        int accountsCreated = 0;
        int metersCreated = 0;
        int linesSkipped = 0;
        bool stored = false; // false: nothing was written
        Csv::Encoding encoding = Csv::Encoding::Utf8;
        QList<LineError> errors;
    };

    // Called with lines done and total; return false to cancel (nothing is stored then).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    CustomerCsv(Database &db, const Clock &clock);

    // The header row of the format, in order.
    static QStringList columns();

    // File-level problems (unreadable, not UTF-8/GB18030, no header, missing name column,
    // cancelled) are an Error; problems with lines are in the Report.
    Result<Report> importFile(const Operator &actor, const QString &path, Mode mode, const Progress &progress = {});
    Result<Report> importBytes(const Operator &actor, const QByteArray &bytes, Mode mode,
                               const Progress &progress = {});
    // Writes every customer (UTF-8 with BOM, so that spreadsheets read Chinese correctly);
    // returns the number of data rows. The file is written to a temporary name and renamed,
    // so an interrupted export never leaves half a file.
    Result<int> exportFile(const Operator &actor, const QString &path, const Progress &progress = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace prepaydesk
