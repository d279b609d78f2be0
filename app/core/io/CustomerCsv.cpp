#include "io/CustomerCsv.h"

#include "records/CustomerService.h"
#include "records/MeterService.h"
#include "records/RegionService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCsv, "prepaydesk.io.csv")

namespace prepaydesk {

namespace {

enum Column
{
    CustomerNo,
    Name,
    Phone,
    IdNumber,
    Address,
    RegionPath,
    Category,
    Elderly,
    LargePrint,
    Hearing,
    Language,
    UtilityCol,
    AccountNo,
    TariffCode,
    MeterSerial,
    MeterModel,
    MeterProtocol,
    MeterCarrier,
    StsSgc,
    StsTi,
    StsKrn,
    CardNo,
    ColumnCount
};

const char *const columnNames[ColumnCount] = {
    "customer_no",    "name",          "phone",    "id_number", "address",    "region", "category",     "elderly",
    "large_print",    "hearing",       "language", "utility",   "account_no", "tariff", "meter_serial", "meter_model",
    "meter_protocol", "meter_carrier", "sts_sgc",  "sts_ti",    "sts_krn",    "card_no"};

// Service field names -> the CSV column they come from, so that errors point at the column.
QString columnForField(const QString &field)
{
    static const QHash<QString, QString> map{
        {QStringLiteral("preferred_language"), QStringLiteral("language")},
        {QStringLiteral("serial"), QStringLiteral("meter_serial")},
        {QStringLiteral("model"), QStringLiteral("meter_model")},
        {QStringLiteral("protocol"), QStringLiteral("meter_protocol")},
        {QStringLiteral("carrier"), QStringLiteral("meter_carrier")},
        {QStringLiteral("sts_tariff_index"), QStringLiteral("sts_ti")},
        {QStringLiteral("sts_key_revision"), QStringLiteral("sts_krn")},
        {QStringLiteral("account"), QStringLiteral("account_no")},
    };
    return map.value(field, field);
}

// One line of the file, parsed into the drafts the services take.
struct Line
{
    qsizetype line = 0;
    CustomerDraft customer;
    std::optional<Utility> utility;
    QString accountNo;
    QString tariffCode;
    std::optional<MeterDraft> meter;
    QList<CustomerCsv::LineError> errors; // problems found while reading the fields
};

// A SAVEPOINT that rolls back unless released: each line is stored whole or not at all.
class Savepoint
{
public:
    explicit Savepoint(const QSqlDatabase &db)
        : m_db(db)
    {
        m_ok = Sql::exec(m_db, QStringLiteral("SAVEPOINT csv_line")).ok();
    }
    ~Savepoint()
    {
        if (m_ok && !m_released) {
            Sql::exec(m_db, QStringLiteral("ROLLBACK TO csv_line")).ok();
            Sql::exec(m_db, QStringLiteral("RELEASE csv_line")).ok();
        }
    }
    bool ok() const { return m_ok; }
    Status release()
    {
        auto r = Sql::exec(m_db, QStringLiteral("RELEASE csv_line"));
        if (!r)
            return r.error();
        m_released = true;
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_ok = false;
    bool m_released = false;
};

} // namespace

CustomerCsv::CustomerCsv(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QStringList CustomerCsv::columns()
{
    QStringList list;
    for (const char *c : columnNames)
        list << QString::fromLatin1(c);
    return list;
}

Result<CustomerCsv::Report> CustomerCsv::importFile(const Operator &actor, const QString &path, Mode mode,
                                                    const Progress &progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("%1 cannot be read: %2").arg(path, f.errorString()));
    // A customer file is far below this; a bigger one is almost certainly the wrong file.
    constexpr qint64 MaxBytes = 512LL * 1024 * 1024;
    if (f.size() > MaxBytes)
        return Error::make(Error::Code::Invalid,
                           tr("%1 is larger than 512 MB; split it into smaller files.").arg(path));
    return importBytes(actor, f.readAll(), mode, progress);
}

Result<CustomerCsv::Report> CustomerCsv::importBytes(const Operator &actor, const QByteArray &bytes, Mode mode,
                                                     const Progress &progress)
{
    if (Status s = Access::require(actor, Permission::ImportRecords); !s)
        return s.error();
    Report report;
    auto text = Csv::decode(bytes, &report.encoding);
    if (!text)
        return text.error();
    auto rows = Csv::parse(text.value());
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return Error::invalid(tr("The file is empty: it needs a header line naming the columns."));

    // Header: known column names in any order; name is required.
    const Csv::Row &header = rows.value().first();
    int position[ColumnCount];
    std::fill(std::begin(position), std::end(position), -1);
    const QStringList known = columns();
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = Csv::unescapeFormula(header.fields[i]).trimmed().toLower().remove(QChar(0xFEFF));
        const qsizetype col = known.indexOf(name);
        if (col < 0)
            return Error::invalid(tr("Line 1: unknown column \"%1\". The columns are: %2.")
                                      .arg(name.left(40), known.join(QStringLiteral(", "))));
        if (position[col] >= 0)
            return Error::invalid(tr("Line 1: the column \"%1\" appears twice.").arg(name));
        position[col] = int(i);
    }
    if (position[Name] < 0)
        return Error::invalid(tr("Line 1: the header has no \"name\" column."));

    QSqlDatabase db = m_db.connection();
    CustomerService customers(m_db, m_clock);
    MeterService meters(m_db, m_clock);
    QHash<QString, qint64> tariffs; // "utility/code" -> id
    {
        auto list = customers.tariffs();
        if (!list)
            return list.error();
        for (const auto &t : list.value())
            tariffs.insert(Domain::code(t.utility) + u'/' + t.code.toUpper(), t.id);
    }

    // Read every line's fields into drafts.
    QList<Line> lines;
    const qsizetype total = rows.value().size() - 1;
    for (qsizetype r = 1; r < rows.value().size(); ++r) {
        const Csv::Row &row = rows.value()[r];
        Line l;
        l.line = row.line;
        auto error = [&l](Column c, const QString &reason) {
            l.errors << LineError{l.line, QString::fromLatin1(columnNames[c]), reason};
        };
        if (row.fields.size() != header.fields.size()) {
            l.errors << LineError{
                l.line, QString(),
                tr("This line has %1 fields but the header has %2.").arg(row.fields.size()).arg(header.fields.size())};
            lines << l;
            continue;
        }
        auto value = [&](Column c) {
            return position[c] < 0 ? QString() : Csv::unescapeFormula(row.fields[position[c]]).trimmed();
        };
        auto flag = [&](Column c) {
            const QString v = value(c).toLower();
            if (v.isEmpty() || v == u"0"_qs || v == u"no"_qs || v == u"false"_qs || v == u"否"_qs)
                return false;
            if (v == u"1"_qs || v == u"yes"_qs || v == u"true"_qs || v == u"是"_qs)
                return true;
            error(c, tr("Write yes or no (also accepted: 1/0, true/false, 是/否)."));
            return false;
        };
        auto number = [&](Column c) -> std::optional<int> {
            const QString v = value(c);
            if (v.isEmpty())
                return std::nullopt;
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok) {
                error(c, tr("\"%1\" is not a whole number.").arg(v.left(20)));
                return std::nullopt;
            }
            return n;
        };
        CustomerDraft &d = l.customer;
        d.customerNo = value(CustomerNo);
        d.name = value(Name);
        d.phone = value(Phone);
        d.idNumber = value(IdNumber);
        d.address = value(Address);
        d.regionPath = RegionService::parsePath(value(RegionPath));
        if (const QString c = value(Category); !c.isEmpty()) {
            if (auto cat = Domain::parse<CustomerCategory>(c))
                d.category = *cat;
            else
                error(Category,
                      tr("Unknown category \"%1\"; use %2.").arg(c.left(20), Domain::codeList<CustomerCategory>()));
        }
        d.assistElderly = flag(Elderly);
        d.assistLargePrint = flag(LargePrint);
        d.assistHearing = flag(Hearing);
        if (const QString lang = value(Language); !lang.isEmpty())
            d.preferredLanguage = lang;
        for (const Error &e : customers.validate(d))
            l.errors << LineError{l.line, columnForField(e.field), e.message};

        const QString utility = value(UtilityCol);
        if (!utility.isEmpty()) {
            l.utility = Domain::parse<Utility>(utility);
            if (!l.utility)
                error(UtilityCol,
                      tr("Unknown utility \"%1\"; use %2.").arg(utility.left(20), Domain::codeList<Utility>()));
        }
        l.accountNo = value(AccountNo);
        l.tariffCode = value(TariffCode).toUpper();
        const QString serial = value(MeterSerial);
        if ((!l.accountNo.isEmpty() || !l.tariffCode.isEmpty() || !serial.isEmpty()) && utility.isEmpty())
            error(UtilityCol, tr("An account or meter needs its utility."));
        if (l.utility && !l.tariffCode.isEmpty() && !tariffs.contains(Domain::code(*l.utility) + u'/' + l.tariffCode))
            error(TariffCode,
                  tr("There is no %1 tariff with code %2.").arg(Domain::name(*l.utility), l.tariffCode.left(20)));
        if (!serial.isEmpty()) {
            MeterDraft m;
            m.serial = serial;
            m.utility = l.utility.value_or(Utility::Electricity);
            m.model = value(MeterModel);
            m.protocol = value(MeterProtocol);
            const QString carrier = value(MeterCarrier);
            if (auto c = Domain::parse<Carrier>(carrier))
                m.carrier = *c;
            else
                error(MeterCarrier,
                      tr("Unknown meter carrier \"%1\"; use %2.").arg(carrier.left(20), Domain::codeList<Carrier>()));
            m.stsSupplyGroupCode = number(StsSgc);
            m.stsTariffIndex = number(StsTi);
            m.stsKeyRevision = number(StsKrn);
            m.cardNo = value(CardNo);
            for (const Error &e : meters.validate(m))
                l.errors << LineError{l.line, columnForField(e.field), e.message};
            l.meter = m;
        } else if (!value(CardNo).isEmpty() || !value(MeterModel).isEmpty()) {
            error(MeterSerial,
                  tr("This line has meter details but no meter serial; add the serial or remove the details."));
        }
        lines << l;
    }

    // Lines with the same customer number describe one customer: their customer fields must agree.
    QHash<QString, qsizetype> firstLineOf;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line &l = lines[i];
        if (l.customer.customerNo.isEmpty())
            continue;
        const QString no = l.customer.customerNo.toUpper();
        auto it = firstLineOf.constFind(no);
        if (it == firstLineOf.constEnd()) {
            firstLineOf.insert(no, i);
            continue;
        }
        const CustomerDraft a = CustomerService::normalized(lines[*it].customer);
        const CustomerDraft b = CustomerService::normalized(l.customer);
        if (a.name != b.name || a.phone != b.phone || a.idNumber != b.idNumber || a.address != b.address ||
            a.regionPath != b.regionPath || a.category != b.category || a.assistElderly != b.assistElderly ||
            a.assistLargePrint != b.assistLargePrint || a.assistHearing != b.assistHearing ||
            a.preferredLanguage != b.preferredLanguage)
            l.errors << LineError{l.line, QStringLiteral("customer_no"),
                                  tr("Customer %1 has different details on line %2.").arg(no).arg(lines[*it].line)};
    }

    // Store: one transaction; a savepoint per line so each line is stored whole or not at all.
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QHash<QString, qint64> createdCustomer; // customer_no -> id, for the following lines of the same customer
    qsizetype done = 0;
    for (Line &l : lines) {
        if (progress && (done % 200 == 0) && !progress(done, total))
            return Error::make(Error::Code::Invalid, tr("The import was cancelled; nothing was stored."));
        ++done;
        ++report.linesRead;
        if (!l.errors.isEmpty()) {
            report.errors << l.errors;
            ++report.linesSkipped;
            continue;
        }
        const QString no = l.customer.customerNo.toUpper();
        Savepoint savepoint(db);
        if (!savepoint.ok())
            return Error::make(
                Error::Code::Storage,
                tr("The database could not start storing the line; nothing was stored. Try the import again."));
        auto fail = [&](const Error &e) {
            report.errors << LineError{l.line, columnForField(e.field), e.message};
            ++report.linesSkipped;
        };
        std::optional<qint64> customerId;
        bool newCustomer = false;
        if (!no.isEmpty() && createdCustomer.contains(no)) {
            customerId = createdCustomer.value(no);
        } else {
            if (!no.isEmpty()) {
                auto exists =
                    Sql::scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE customer_no = ?"), {no});
                if (!exists)
                    return exists.error();
                if (exists.value().toInt() > 0) {
                    fail(Error{Error::Code::Conflict,
                               tr("Customer number %1 already exists; an import only adds new "
                                  "customers.")
                                   .arg(no),
                               QStringLiteral("customer_no")});
                    continue;
                }
            }
            auto created = customers.createIn(db, actor, l.customer);
            if (!created) {
                fail(created.error());
                continue;
            }
            customerId = created.value();
            newCustomer = true;
        }
        bool lineOk = true;
        int accountsAdded = 0, metersAdded = 0;
        if (l.utility) {
            std::optional<qint64> tariffId;
            if (!l.tariffCode.isEmpty())
                tariffId = tariffs.value(Domain::code(*l.utility) + u'/' + l.tariffCode);
            auto account = customers.openAccountIn(db, actor, *customerId, *l.utility, tariffId, l.accountNo);
            if (!account) {
                fail(account.error());
                lineOk = false;
            } else {
                ++accountsAdded;
                if (l.meter) {
                    auto meter = meters.registerIn(db, actor, *l.meter);
                    Status installed =
                        meter ? meters.installIn(db, actor, meter.value(), account->id, std::nullopt, tr("imported"))
                              : Status(meter.error());
                    if (!installed) {
                        fail(installed.error());
                        lineOk = false;
                    } else {
                        ++metersAdded;
                    }
                }
            }
        }
        if (!lineOk)
            continue; // the savepoint rolls the whole line back, the customer with it if it was new
        if (Status s = savepoint.release(); !s)
            return s.error();
        if (newCustomer) {
            ++report.customersCreated;
            if (!no.isEmpty()) // later lines with this number add to the same customer
                createdCustomer.insert(no, *customerId);
        }
        report.accountsCreated += accountsAdded;
        report.metersCreated += metersAdded;
    }
    if (progress && !progress(total, total))
        return Error::make(Error::Code::Invalid, tr("The import was cancelled; nothing was stored."));
    if (mode == Mode::AllOrNothing && !report.errors.isEmpty()) {
        report.customersCreated = report.accountsCreated = report.metersCreated = 0;
        report.linesSkipped = report.linesRead;
        return report; // the transaction rolls back: nothing is stored
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    report.stored = true;
    qCInfo(lcCsv) << "imported" << report.customersCreated << "customers," << report.errors.size() << "line errors";
    return report;
}

Result<int> CustomerCsv::exportFile(const Operator &actor, const QString &path, const Progress &progress)
{
    if (Status s = Access::require(actor, Permission::ExportRecords); !s)
        return s.error();
    const QSqlDatabase db = m_db.connection();
    auto count = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM customers"));
    if (!count)
        return count.error();
    const qint64 total = count.value().toLongLong();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, out.errorString()));
    out.write("\xEF\xBB\xBF"); // BOM: spreadsheets then read the Chinese text as UTF-8
    out.write(Csv::record(columns()).toUtf8());

    auto q = Sql::exec(
        db, QStringLiteral("SELECT c.id, c.customer_no, c.name, c.phone, c.id_number, c.address, c.region_id, "
                           "c.category, c.assist_elderly, c.assist_large_print, c.assist_hearing, "
                           "c.preferred_language, a.utility, a.account_no, t.code, m.serial, m.model, m.protocol, "
                           "m.carrier, m.sts_sgc, m.sts_tariff_index, m.sts_key_revision, m.card_no "
                           "FROM customers c LEFT JOIN accounts a ON a.customer_id = c.id "
                           "LEFT JOIN tariffs t ON t.id = a.tariff_id "
                           "LEFT JOIN meters m ON m.account_id = a.id AND m.status = 'installed' "
                           "ORDER BY c.id, a.utility"));
    if (!q)
        return q.error();
    QHash<qint64, QString> regionPaths;
    int rows = 0;
    qint64 customersDone = 0, lastCustomer = -1;
    auto yesNo = [](const QVariant &v) { return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"); };
    auto optional = [](const QVariant &v) { return v.isNull() ? QString() : v.toString(); };
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const qint64 customerId = r.value(0).toLongLong();
        if (customerId != lastCustomer) {
            lastCustomer = customerId;
            if (progress && customersDone % 1000 == 0 && !progress(customersDone, total))
                return Error::make(Error::Code::Invalid, tr("The export was cancelled; no file was written."));
            ++customersDone;
        }
        QString region;
        if (!r.isNull(6)) {
            const qint64 regionId = r.value(6).toLongLong();
            auto it = regionPaths.constFind(regionId);
            if (it == regionPaths.constEnd()) {
                auto names = RegionService::pathOf(db, regionId);
                if (!names)
                    return names.error();
                it = regionPaths.insert(regionId, RegionService::formatPath(names.value()));
            }
            region = *it;
        }
        const QStringList fields{r.value(1).toString(), r.value(2).toString(),  r.value(3).toString(),
                                 r.value(4).toString(), r.value(5).toString(),  region,
                                 r.value(7).toString(), yesNo(r.value(8)),      yesNo(r.value(9)),
                                 yesNo(r.value(10)),    r.value(11).toString(), optional(r.value(12)),
                                 optional(r.value(13)), optional(r.value(14)),  optional(r.value(15)),
                                 optional(r.value(16)), optional(r.value(17)),  optional(r.value(18)),
                                 optional(r.value(19)), optional(r.value(20)),  optional(r.value(21)),
                                 optional(r.value(22))};
        if (out.write(Csv::record(fields).toUtf8()) < 0)
            return Error::make(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, out.errorString()));
        ++rows;
    }
    if (progress && !progress(total, total))
        return Error::make(Error::Code::Invalid, tr("The export was cancelled; no file was written."));
    if (!out.commit())
        return Error::make(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, out.errorString()));
    return rows;
}

} // namespace prepaydesk
