#include "Ctl.h"

#include "records/OperatorService.h"
#include "storage/Sql.h"

#include <cstdio>

namespace prepaydesk::ctl {

Ctl::Ctl(QStringList arguments)
    : m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{}

void Ctl::setupParser(QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("The PrepayDesk database file."), tr("FILE")});
}

std::optional<int> Ctl::parse(QCommandLineParser &parser, int commandWords)
{
    // QCommandLineParser expects the program name first; drop the command words after it.
    QStringList args = m_arguments;
    for (int i = 0; i < commandWords && args.size() > 1; ++i)
        args.removeAt(1);
    if (!parser.parse(args)) {
        m_err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText() << Qt::flush;
        return Ok;
    }
    return std::nullopt;
}

std::shared_ptr<Database> Ctl::openDatabase(const QCommandLineParser &parser, const Database::Options &options)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        m_err << tr("Name the database with --db FILE.") << Qt::endl;
        return nullptr;
    }
    auto db = Database::open(path, options);
    if (!db) {
        m_err << db.error().message << Qt::endl;
        return nullptr;
    }
    return db.value();
}

std::optional<Operator> Ctl::actingOperator(const QCommandLineParser &parser, Database &db)
{
    if (!parser.isSet(QStringLiteral("operator")))
        return Operator::system();
    // Whoever can run prepayctl on the file can write to it; the name only attributes the change.
    const QString name = parser.value(QStringLiteral("operator"));
    auto id = Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM operators WHERE username = ? AND active = 1"),
                          {name});
    if (!id) {
        m_err << tr("There is no active operator named %1.").arg(name) << Qt::endl;
        return std::nullopt;
    }
    auto op = OperatorService(db, SystemClock::instance()).byId(id.value().toLongLong());
    if (!op) {
        m_err << op.error().message << Qt::endl;
        return std::nullopt;
    }
    return op.value();
}

std::optional<Ctl::Session> Ctl::openAs(const QCommandLineParser &parser, const Database::Options &options)
{
    auto db = openDatabase(parser, options);
    if (!db)
        return std::nullopt;
    auto actor = actingOperator(parser, *db);
    if (!actor)
        return std::nullopt;
    return Session{db, *actor};
}

int Ctl::fail(const Error &error)
{
    return fail(error.message);
}

int Ctl::fail(const QString &message)
{
    m_err << message << Qt::endl;
    return Failed;
}

} // namespace prepaydesk::ctl
