#include "records/OperatorService.h"

#include "records/ChangeLog.h"
#include "security/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace prepaydesk {

namespace {

Operator fromQuery(const QSqlQuery &q)
{
    return Operator{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    Domain::parse<Role>(q.value(3).toString()).value_or(Role::Cashier)};
}

const QString selectColumns = QStringLiteral("SELECT id, username, display_name, role FROM operators ");

} // namespace

OperatorService::OperatorService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<Operator> OperatorService::authenticate(const QString &username, const QString &password) const
{
    const Error wrong = Error::make(Error::Code::Auth, tr("Wrong user name or password."));
    auto q = Sql::exec(m_db.connection(),
                       QStringLiteral("SELECT id, username, display_name, role, password_hash FROM operators "
                                      "WHERE username = ? AND active = 1"),
                       {username.trimmed()});
    if (!q)
        return q.error();
    if (!q.value().next()) {
        // Spend the same time as a real check so that timing does not reveal unknown names.
        PasswordHasher::verify(password, PasswordHasher::hash(QStringLiteral("x")));
        return wrong;
    }
    const QString stored = q.value().value(4).toString();
    if (stored.isEmpty() || !PasswordHasher::verify(password, stored))
        return wrong;
    return fromQuery(q.value());
}

Result<Operator> OperatorService::add(const Operator &actor, const QString &username, const QString &displayName,
                                      Role role, const QString &password)
{
    // The very first administrator may be created by anyone: there is nobody else to ask.
    auto count = loginCount();
    if (!count)
        return count.error();
    if (count.value() > 0) {
        if (Status s = Access::require(actor, Permission::ManageOperators); !s)
            return s.error();
    } else if (role != Role::Admin) {
        return Error::invalid(tr("The first operator must be an administrator."), QStringLiteral("role"));
    }
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    const QString user = username.trimmed();
    if (!namePattern.match(user).hasMatch())
        return Error::invalid(tr("A user name has 2 to 32 letters, digits, dots, dashes or underscores."),
                              QStringLiteral("username"));
    const QString display = displayName.simplified();
    if (display.isEmpty() || display.size() > 60)
        return Error::invalid(tr("Enter the operator's name (at most 60 characters)."), QStringLiteral("display_name"));
    if (password.size() < MinPasswordLength)
        return Error::invalid(tr("A password has at least %1 characters.").arg(MinPasswordLength),
                              QStringLiteral("password"));
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Error::make(Error::Code::Storage, tr("The password could not be protected (random source failed)."));

    QSqlDatabase c = m_db.connection();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    const QString now = m_clock.now().toUTC().toString(Qt::ISODate);
    auto ins = Sql::exec(c,
                         QStringLiteral("INSERT INTO operators (username, display_name, role, password_hash, active, "
                                        "created_at) VALUES (?, ?, ?, ?, 1, ?)"),
                         {user, display, Domain::code(role), hash, now});
    if (!ins) {
        if (ins.error().code == Error::Code::Conflict)
            return Error::make(Error::Code::Conflict, tr("The user name %1 is taken.").arg(user));
        return ins.error();
    }
    const qint64 id = ins.value().lastInsertId().toLongLong();
    const Operator created{id, user, display, role};
    const Operator &by = count.value() > 0 ? actor : created;
    if (Status s = ChangeLog::record(
            c, by, m_clock.now(), QStringLiteral("operator"), id, std::nullopt, QStringLiteral("create"),
            QJsonObject{{QStringLiteral("username"), user}, {QStringLiteral("role"), Domain::code(role)}});
        !s)
        return s.error();
    if (Status s = t.commit(); !s)
        return s.error();
    return created;
}

Status OperatorService::setPassword(const Operator &actor, qint64 operatorId, const QString &password)
{
    if (actor.id != operatorId) {
        if (Status s = Access::require(actor, Permission::ManageOperators); !s)
            return s;
    }
    if (password.size() < MinPasswordLength)
        return Error::invalid(tr("A password has at least %1 characters.").arg(MinPasswordLength),
                              QStringLiteral("password"));
    QSqlDatabase c = m_db.connection();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto q = Sql::exec(c, QStringLiteral("UPDATE operators SET password_hash = ? WHERE id = ? AND id <> 1"),
                       {PasswordHasher::hash(password), operatorId});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error::make(Error::Code::NotFound, tr("There is no such operator."));
    if (Status s = ChangeLog::record(c, actor, m_clock.now(), QStringLiteral("operator"), operatorId, std::nullopt,
                                     QStringLiteral("password"), {});
        !s)
        return s;
    return t.commit();
}

Result<Operator> OperatorService::byId(qint64 id) const
{
    auto q = Sql::exec(m_db.connection(), selectColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, tr("There is no such operator."));
    return fromQuery(q.value());
}

Result<QList<Operator>> OperatorService::all() const
{
    auto q = Sql::exec(m_db.connection(), selectColumns + QStringLiteral("WHERE id <> 1 ORDER BY username"));
    if (!q)
        return q.error();
    QList<Operator> list;
    while (q.value().next())
        list << fromQuery(q.value());
    return list;
}

Result<int> OperatorService::loginCount() const
{
    auto v = Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM operators WHERE active = 1 AND "
                                                           "password_hash IS NOT NULL"));
    if (!v)
        return v.error();
    return v.value().toInt();
}

} // namespace prepaydesk
