#pragma once

#include "records/Operator.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace prepaydesk::ctl {

// What every command shares: its arguments, the output streams, and opening the database.
class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(prepayctl)
public:
    enum Exit
    {
        Ok = 0,
        Failed = 1,
        Usage = 2
    };

    explicit Ctl(QStringList arguments);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // A parser with --db and --help set up; `arguments` is "prepayctl <command> [<sub>] ...".
    void setupParser(QCommandLineParser &parser, const QString &description);
    // Parses; on error or --help prints and returns the exit code to use, else nullopt.
    std::optional<int> parse(QCommandLineParser &parser, int commandWords);

    // Opens --db (required) with the given options; prints the error and returns null on failure.
    std::shared_ptr<Database> openDatabase(const QCommandLineParser &parser, const Database::Options &options);
    // The operator the command acts as: --operator USERNAME, or the system operator.
    std::optional<Operator> actingOperator(const QCommandLineParser &parser, Database &db);

    // Both of the above: the database and who acts on it; null when either failed (already printed).
    struct Session
    {
        std::shared_ptr<Database> db;
        Operator actor;
    };
    std::optional<Session> openAs(const QCommandLineParser &parser, const Database::Options &options);

    int fail(const Error &error);
    int fail(const QString &message);

    const QStringList &arguments() const { return m_arguments; }

private:
    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
};

int runCustomers(Ctl &ctl);
int runImport(Ctl &ctl);
int runExport(Ctl &ctl);
int runDemo(Ctl &ctl);
int runOperators(Ctl &ctl);
int runBench(Ctl &ctl);
int runTariffBench(Ctl &ctl);
int runVend(Ctl &ctl);
int runLedger(Ctl &ctl);
int runShift(Ctl &ctl);
int runTariff(Ctl &ctl);
int runVendBench(Ctl &ctl);
int runStsBench(Ctl &ctl);
int runSts(Ctl &ctl);
int runMeter(Ctl &ctl);
int runCard(Ctl &ctl);

} // namespace prepaydesk::ctl
