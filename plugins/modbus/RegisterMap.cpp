#include "RegisterMap.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <bit>
#include <cmath>
#include <limits>
#include <map>
#include <memory>

namespace prepaydesk::modbus {

namespace {

constexpr int FormatVersion = 1;
constexpr qint64 MaxScale = 1000000;
constexpr int MaxDecimals = 9;

qint64 pow10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

// Collects the context ("generic-prepaid.json, value \"balance.money\"") for error messages.
class Reader
{
public:
    explicit Reader(QString source)
        : m_source(std::move(source))
    {}

    Error error(const QString &what, const QString &where = {}) const
    {
        const QString place = where.isEmpty() ? m_source : RegisterMap::tr("%1, %2").arg(m_source, where);
        return Error::invalid(RegisterMap::tr("Register map %1: %2").arg(place, what), where);
    }

    // Refuses keys the format does not define (a misspelt "adress" must not pass silently).
    Status onlyKeys(const QJsonObject &o, const QStringList &keys, const QString &where) const
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!keys.contains(it.key()))
                return error(
                    RegisterMap::tr("unknown field \"%1\" (known fields: %2).").arg(it.key(), keys.join(u", ")), where);
        }
        return {};
    }

    Result<QString> string(const QJsonObject &o, const QString &key, const QString &where, bool required,
                           const QString &fallback = {}) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                return error(RegisterMap::tr("the field \"%1\" is missing.").arg(key), where);
            return fallback;
        }
        if (!v.isString() || v.toString().isEmpty())
            return error(RegisterMap::tr("\"%1\" must be a non-empty text.").arg(key), where);
        return v.toString();
    }

    Result<qint64> integer(const QJsonObject &o, const QString &key, const QString &where, bool required,
                           qint64 fallback, qint64 min, qint64 max) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                return error(RegisterMap::tr("the field \"%1\" is missing.").arg(key), where);
            return fallback;
        }
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max))
            return error(RegisterMap::tr("\"%1\" must be a whole number from %2 to %3.").arg(key).arg(min).arg(max),
                         where);
        return static_cast<qint64>(d);
    }

private:
    QString m_source;
};

Result<Table> parseTable(const QString &s)
{
    if (s == QLatin1String("coil"))
        return Table::Coil;
    if (s == QLatin1String("discrete"))
        return Table::DiscreteInput;
    if (s == QLatin1String("input"))
        return Table::InputRegister;
    if (s == QLatin1String("holding"))
        return Table::HoldingRegister;
    return Error::invalid({});
}

Result<ValueType> parseType(const QString &s)
{
    static const std::map<QString, ValueType> types{
        {QStringLiteral("bool"), ValueType::Bool},   {QStringLiteral("uint16"), ValueType::UInt16},
        {QStringLiteral("int16"), ValueType::Int16}, {QStringLiteral("uint32"), ValueType::UInt32},
        {QStringLiteral("int32"), ValueType::Int32}, {QStringLiteral("float32"), ValueType::Float32},
    };
    const auto it = types.find(s);
    if (it == types.end())
        return Error::invalid({});
    return it->second;
}

Result<WordOrder> parseWordOrder(const QString &s)
{
    if (s == QLatin1String("high-first"))
        return WordOrder::HighFirst;
    if (s == QLatin1String("low-first"))
        return WordOrder::LowFirst;
    return Error::invalid({});
}

bool isBitTable(Table t)
{
    return t == Table::Coil || t == Table::DiscreteInput;
}

Result<ValueSpec> parseValue(const Reader &r, const QJsonValue &json, int index, WordOrder defaultOrder)
{
    QString where = RegisterMap::tr("value %1").arg(index + 1);
    if (!json.isObject())
        return r.error(RegisterMap::tr("each value must be an object."), where);
    const QJsonObject o = json.toObject();
    ValueSpec v;
    const auto name = r.string(o, QStringLiteral("name"), where, true);
    if (!name)
        return name.error();
    v.name = *name;
    where = RegisterMap::tr("value \"%1\"").arg(v.name);
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$"));
    if (!namePattern.match(v.name).hasMatch())
        return r.error(RegisterMap::tr("a name is lower-case letters, digits, \"_\" and \".\" (\"balance.money\")."),
                       where);
    if (const Status s =
            r.onlyKeys(o,
                       {QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("table"),
                        QStringLiteral("address"), QStringLiteral("type"), QStringLiteral("wordOrder"),
                        QStringLiteral("scale"), QStringLiteral("decimals"), QStringLiteral("unit"),
                        QStringLiteral("access"), QStringLiteral("writeFunction"), QStringLiteral("states")},
                       where);
        !s)
        return s.error();

    const auto label = r.string(o, QStringLiteral("label"), where, false, v.name);
    if (!label)
        return label.error();
    v.label = *label;
    const auto unit = o.value(QStringLiteral("unit"));
    if (!unit.isUndefined() && !unit.isString())
        return r.error(RegisterMap::tr("\"unit\" must be a text (\"kWh\", \"yuan\", or \"\")."), where);
    v.unit = unit.toString();

    const auto table = r.string(o, QStringLiteral("table"), where, true);
    if (!table)
        return table.error();
    const auto t = parseTable(*table);
    if (!t)
        return r.error(RegisterMap::tr("unknown table \"%1\" (coil, discrete, input or holding).").arg(*table), where);
    v.table = *t;

    const auto address = r.integer(o, QStringLiteral("address"), where, true, 0, 0, 0xFFFF);
    if (!address)
        return address.error();
    v.address = int(*address);

    const auto type = r.string(o, QStringLiteral("type"), where, !isBitTable(v.table),
                               isBitTable(v.table) ? QStringLiteral("bool") : QString());
    if (!type)
        return type.error();
    const auto ty = parseType(*type);
    if (!ty)
        return r.error(
            RegisterMap::tr("unknown type \"%1\" (bool, uint16, int16, uint32, int32 or float32).").arg(*type), where);
    v.type = *ty;
    if (isBitTable(v.table) != (v.type == ValueType::Bool))
        return r.error(RegisterMap::tr("coils and discrete inputs are \"bool\"; registers are not."), where);

    v.wordOrder = defaultOrder;
    if (o.contains(QStringLiteral("wordOrder"))) {
        const auto order = r.string(o, QStringLiteral("wordOrder"), where, true);
        if (!order)
            return order.error();
        const auto wo = parseWordOrder(*order);
        if (!wo)
            return r.error(RegisterMap::tr("\"wordOrder\" is \"high-first\" or \"low-first\"."), where);
        v.wordOrder = *wo;
    }

    const auto scale = r.integer(o, QStringLiteral("scale"), where, false, 1, 1, MaxScale);
    if (!scale)
        return scale.error();
    v.scale = *scale;
    const auto decimals = r.integer(o, QStringLiteral("decimals"), where, false, 0, 0, MaxDecimals);
    if (!decimals)
        return decimals.error();
    v.decimals = int(*decimals);

    const auto access = r.string(o, QStringLiteral("access"), where, false, QStringLiteral("read"));
    if (!access)
        return access.error();
    if (*access == QLatin1String("read")) {
        v.readable = true;
        v.writable = false;
    } else if (*access == QLatin1String("write")) {
        v.readable = false;
        v.writable = true;
    } else if (*access == QLatin1String("read-write")) {
        v.readable = v.writable = true;
    } else {
        return r.error(RegisterMap::tr("\"access\" is \"read\", \"write\" or \"read-write\"."), where);
    }
    if (v.writable && (v.table == Table::DiscreteInput || v.table == Table::InputRegister))
        return r.error(RegisterMap::tr("discrete inputs and input registers cannot be written."), where);

    if (v.table == Table::Coil)
        v.writeFunction = fn::WriteSingleCoil;
    else if (v.table == Table::HoldingRegister)
        v.writeFunction = v.registerCount() == 1 ? fn::WriteSingleRegister : fn::WriteMultipleRegisters;
    if (o.contains(QStringLiteral("writeFunction"))) {
        const auto wf = r.integer(o, QStringLiteral("writeFunction"), where, true, 0, 0, 255);
        if (!wf)
            return wf.error();
        const bool ok =
            v.writable &&
            ((v.table == Table::Coil && *wf == fn::WriteSingleCoil) ||
             (v.table == Table::HoldingRegister && *wf == fn::WriteMultipleRegisters) ||
             (v.table == Table::HoldingRegister && *wf == fn::WriteSingleRegister && v.registerCount() == 1));
        if (!ok)
            return r.error(RegisterMap::tr("\"writeFunction\" must be 5 for a coil, 6 (one register) or 16 for "
                                           "holding registers, and only on a value that can be written."),
                           where);
        v.writeFunction = static_cast<quint8>(*wf);
    }
    if (v.address + v.registerCount() - 1 > 0xFFFF)
        return r.error(RegisterMap::tr("the value runs past register address 65535."), where);

    const QJsonValue states = o.value(QStringLiteral("states"));
    if (!states.isUndefined()) {
        if (!states.isObject() || v.type == ValueType::Float32)
            return r.error(RegisterMap::tr("\"states\" is an object of raw integer values to texts, and not for "
                                           "float32."),
                           where);
        const QJsonObject so = states.toObject();
        for (auto it = so.begin(); it != so.end(); ++it) {
            bool ok = false;
            const qint64 raw = it.key().toLongLong(&ok);
            if (!ok || !it.value().isString() || it.value().toString().isEmpty())
                return r.error(
                    RegisterMap::tr("\"states\" maps a raw integer (\"0\") to a text, not \"%1\".").arg(it.key()),
                    where);
            v.states.insert(raw, it.value().toString());
        }
    }
    return v;
}

} // namespace

// ---- Decimal ----------------------------------------------------------------------------------

Result<Decimal> Decimal::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-]?)([0-9]+)(?:\\.([0-9]+))?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch() || m.capturedLength(2) + m.capturedLength(3) > 18)
        return Error::invalid(
            RegisterMap::tr("\"%1\" is not an amount (digits, with an optional decimal point).").arg(text));
    Decimal d;
    d.decimals = int(m.capturedLength(3));
    d.number = QString(m.captured(2) + m.captured(3)).toLongLong();
    if (m.captured(1) == QLatin1String("-"))
        d.number = -d.number;
    return d;
}

QString Decimal::text() const
{
    const bool negative = number < 0;
    // Two's complement: the most negative qint64 has no positive counterpart, so go unsigned.
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(number) : static_cast<quint64>(number);
    QString digits = QString::number(magnitude);
    if (decimals > 0) {
        if (digits.size() <= decimals)
            digits = QString(decimals - digits.size() + 1, u'0') + digits;
        digits.insert(digits.size() - decimals, u'.');
    }
    return negative ? u'-' + digits : digits;
}

bool Decimal::operator==(const Decimal &other) const
{
    Decimal a = *this;
    Decimal b = other;
    while (a.decimals > 0 && a.number % 10 == 0) {
        a.number /= 10;
        --a.decimals;
    }
    while (b.decimals > 0 && b.number % 10 == 0) {
        b.number /= 10;
        --b.decimals;
    }
    return a.number == b.number && a.decimals == b.decimals;
}

// ---- ValueSpec --------------------------------------------------------------------------------

int ValueSpec::registerCount() const
{
    switch (type) {
    case ValueType::UInt32:
    case ValueType::Int32:
    case ValueType::Float32:
        return 2;
    default:
        return 1;
    }
}

quint8 ValueSpec::readFunction() const
{
    switch (table) {
    case Table::Coil:
        return fn::ReadCoils;
    case Table::DiscreteInput:
        return fn::ReadDiscreteInputs;
    case Table::InputRegister:
        return fn::ReadInputRegisters;
    case Table::HoldingRegister:
        return fn::ReadHoldingRegisters;
    }
    return fn::ReadHoldingRegisters;
}

QString tableName(Table table)
{
    switch (table) {
    case Table::Coil:
        return QStringLiteral("coil");
    case Table::DiscreteInput:
        return QStringLiteral("discrete");
    case Table::InputRegister:
        return QStringLiteral("input");
    case Table::HoldingRegister:
        return QStringLiteral("holding");
    }
    return {};
}

QString typeName(ValueType type)
{
    switch (type) {
    case ValueType::Bool:
        return QStringLiteral("bool");
    case ValueType::UInt16:
        return QStringLiteral("uint16");
    case ValueType::Int16:
        return QStringLiteral("int16");
    case ValueType::UInt32:
        return QStringLiteral("uint32");
    case ValueType::Int32:
        return QStringLiteral("int32");
    case ValueType::Float32:
        return QStringLiteral("float32");
    }
    return {};
}

// ---- Loading ----------------------------------------------------------------------------------

Result<RegisterMap> RegisterMap::fromJson(const QByteArray &json, const QString &source)
{
    const Reader r(source);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return r.error(tr("not valid JSON at character %1 (%2).").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return r.error(tr("the file must hold one JSON object."));
    const QJsonObject o = doc.object();
    if (const Status s = r.onlyKeys(o,
                                    {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("name"),
                                     QStringLiteral("description"), QStringLiteral("models"), QStringLiteral("unit"),
                                     QStringLiteral("serial"), QStringLiteral("timeoutMs"), QStringLiteral("retries"),
                                     QStringLiteral("wordOrder"), QStringLiteral("values"), QStringLiteral("credit"),
                                     QStringLiteral("relay")},
                                    {});
        !s)
        return s.error();

    const auto format = r.integer(o, QStringLiteral("format"), {}, true, 0, 0, 1000);
    if (!format)
        return format.error();
    if (*format != FormatVersion)
        return r.error(tr("format %1 is not known to this version of PrepayDesk (it reads format %2).")
                           .arg(*format)
                           .arg(FormatVersion));

    RegisterMap map;
    const auto id = r.string(o, QStringLiteral("id"), {}, true);
    if (!id)
        return id.error();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!idPattern.match(*id).hasMatch())
        return r.error(tr("the id is lower-case letters, digits and \"-\" (\"generic-prepaid\")."));
    map.id = *id;
    const auto name = r.string(o, QStringLiteral("name"), {}, true);
    if (!name)
        return name.error();
    map.name = *name;
    map.description = o.value(QStringLiteral("description")).toString();
    for (const QJsonValue m : o.value(QStringLiteral("models")).toArray())
        map.models.append(m.toString());

    const auto unit = r.integer(o, QStringLiteral("unit"), {}, false, 1, MinUnit, MaxUnit);
    if (!unit)
        return unit.error();
    map.unit = int(*unit);
    const auto timeout = r.integer(o, QStringLiteral("timeoutMs"), {}, false, 1000, 20, 60000);
    if (!timeout)
        return timeout.error();
    map.timeoutMs = int(*timeout);
    const auto retries = r.integer(o, QStringLiteral("retries"), {}, false, 1, 0, 10);
    if (!retries)
        return retries.error();
    map.retries = int(*retries);

    if (o.contains(QStringLiteral("serial"))) {
        const QString where = QStringLiteral("serial");
        const QJsonObject s = o.value(where).toObject();
        if (const Status st = r.onlyKeys(s,
                                         {QStringLiteral("baudRate"), QStringLiteral("parity"),
                                          QStringLiteral("dataBits"), QStringLiteral("stopBits")},
                                         where);
            !st)
            return st.error();
        const auto baud = r.integer(s, QStringLiteral("baudRate"), where, false, 9600, 300, 921600);
        if (!baud)
            return baud.error();
        map.line.baudRate = int(*baud);
        const auto parity = r.string(s, QStringLiteral("parity"), where, false, QStringLiteral("none"));
        if (!parity)
            return parity.error();
        if (*parity == QLatin1String("none"))
            map.line.parity = u'N';
        else if (*parity == QLatin1String("even"))
            map.line.parity = u'E';
        else if (*parity == QLatin1String("odd"))
            map.line.parity = u'O';
        else
            return r.error(tr("\"parity\" is \"none\", \"even\" or \"odd\"."), where);
        const auto dataBits = r.integer(s, QStringLiteral("dataBits"), where, false, 8, 7, 8);
        if (!dataBits)
            return dataBits.error();
        map.line.dataBits = int(*dataBits);
        const auto stopBits = r.integer(s, QStringLiteral("stopBits"), where, false, 1, 1, 2);
        if (!stopBits)
            return stopBits.error();
        map.line.stopBits = int(*stopBits);
    }

    WordOrder order = WordOrder::HighFirst;
    if (o.contains(QStringLiteral("wordOrder"))) {
        const auto wo = parseWordOrder(o.value(QStringLiteral("wordOrder")).toString());
        if (!wo)
            return r.error(tr("\"wordOrder\" is \"high-first\" or \"low-first\"."));
        order = *wo;
    }

    const QJsonValue values = o.value(QStringLiteral("values"));
    if (!values.isArray() || values.toArray().isEmpty())
        return r.error(tr("\"values\" must be a list with at least one value."));
    const QJsonArray list = values.toArray();
    for (int i = 0; i < list.size(); ++i) {
        auto v = parseValue(r, list.at(i), i, order);
        if (!v)
            return v.error();
        for (const ValueSpec &other : std::as_const(map.values)) {
            if (other.name == v->name)
                return r.error(tr("the name is used twice."), tr("value \"%1\"").arg(v->name));
            const int end = v->address + v->registerCount();
            const int otherEnd = other.address + other.registerCount();
            if (other.table == v->table && v->address < otherEnd && other.address < end)
                return r.error(tr("%1 %2..%3 overlaps value \"%4\" (%1 %5..%6).")
                                   .arg(tableName(v->table))
                                   .arg(v->address)
                                   .arg(end - 1)
                                   .arg(other.name)
                                   .arg(other.address)
                                   .arg(otherEnd - 1),
                               tr("value \"%1\"").arg(v->name));
        }
        map.values.append(std::move(v).value());
    }

    auto named = [&](const QString &key, const QJsonObject &section, const QString &where, bool writable, bool required,
                     const QString &fallback = {}) -> Result<QString> {
        const auto n = r.string(section, key, where, required, fallback);
        if (!n)
            return n.error();
        const ValueSpec *v = map.value(*n);
        if (!v)
            return r.error(tr("\"%1\" names \"%2\", which is not among the values.").arg(key, *n), where);
        if (writable ? !v->writable : !v->readable)
            return r.error(writable ? tr("\"%1\" names \"%2\", which cannot be written.").arg(key, *n)
                                    : tr("\"%1\" names \"%2\", which cannot be read.").arg(key, *n),
                           where);
        return *n;
    };

    if (o.contains(QStringLiteral("credit"))) {
        const QString where = QStringLiteral("credit");
        const QJsonObject c = o.value(where).toObject();
        if (const Status s =
                r.onlyKeys(c, {QStringLiteral("value"), QStringLiteral("balance"), QStringLiteral("kind")}, where);
            !s)
            return s.error();
        CreditSpec credit;
        const auto value = named(QStringLiteral("value"), c, where, true, true);
        if (!value)
            return value.error();
        credit.value = *value;
        const ValueType t = map.value(credit.value)->type;
        if (t == ValueType::Bool || t == ValueType::Float32)
            return r.error(tr("credit is written to an integer register (an amount cannot be a bit, and a float "
                              "cannot carry money exactly)."),
                           where);
        const auto balance = named(QStringLiteral("balance"), c, where, false, true);
        if (!balance)
            return balance.error();
        credit.balance = *balance;
        const auto kind = r.string(c, QStringLiteral("kind"), where, false, QStringLiteral("money"));
        if (!kind)
            return kind.error();
        if (*kind != QLatin1String("money") && *kind != QLatin1String("units"))
            return r.error(tr("\"kind\" is \"money\" or \"units\"."), where);
        credit.money = *kind == QLatin1String("money");
        map.credit = credit;
    }

    if (o.contains(QStringLiteral("relay"))) {
        const QString where = QStringLiteral("relay");
        const QJsonObject c = o.value(where).toObject();
        if (const Status s =
                r.onlyKeys(c,
                           {QStringLiteral("control"), QStringLiteral("trip"), QStringLiteral("close"),
                            QStringLiteral("state"), QStringLiteral("stateOpen"), QStringLiteral("stateClosed")},
                           where);
            !s)
            return s.error();
        RelaySpec relay;
        const auto control = named(QStringLiteral("control"), c, where, true, true);
        if (!control)
            return control.error();
        relay.control = *control;
        const auto state = named(QStringLiteral("state"), c, where, false, false, relay.control);
        if (!state)
            return state.error();
        relay.state = *state;
        const qint64 lo = std::numeric_limits<qint32>::min();
        const qint64 hi = std::numeric_limits<quint32>::max();
        const auto trip = r.integer(c, QStringLiteral("trip"), where, true, 0, lo, hi);
        const auto close = r.integer(c, QStringLiteral("close"), where, true, 0, lo, hi);
        if (!trip)
            return trip.error();
        if (!close)
            return close.error();
        if (*trip == *close)
            return r.error(tr("\"trip\" and \"close\" must differ."), where);
        relay.trip = *trip;
        relay.close = *close;
        const auto stateOpen = r.integer(c, QStringLiteral("stateOpen"), where, false, relay.trip, lo, hi);
        const auto stateClosed = r.integer(c, QStringLiteral("stateClosed"), where, false, relay.close, lo, hi);
        if (!stateOpen)
            return stateOpen.error();
        if (!stateClosed)
            return stateClosed.error();
        relay.stateOpen = *stateOpen;
        relay.stateClosed = *stateClosed;
        if (const auto e = encodeRaw(*map.value(relay.control), relay.trip); !e)
            return r.error(e.error().message, where);
        if (const auto e = encodeRaw(*map.value(relay.control), relay.close); !e)
            return r.error(e.error().message, where);
        map.relay = relay;
    }
    return map;
}

Result<RegisterMap> RegisterMap::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::Io,
            tr("Register map %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return fromJson(file.readAll(), QFileInfo(path).fileName());
}

namespace {

struct BuiltIn
{
    QStringList ids;
    std::map<QString, std::shared_ptr<const Result<RegisterMap>>> maps;
};

// Parsed once per process: maps are immutable, and parse() must stay cheap.
const BuiltIn &builtInMaps()
{
    static const BuiltIn maps = [] {
        BuiltIn b;
        const QDir dir(QStringLiteral(":/modbus/maps"));
        for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QString id = QFileInfo(file).completeBaseName();
            b.maps[id] = std::make_shared<const Result<RegisterMap>>(RegisterMap::fromFile(dir.filePath(file)));
            b.ids.append(id);
        }
        // The default first.
        if (b.ids.removeOne(RegisterMap::defaultId()))
            b.ids.prepend(RegisterMap::defaultId());
        return b;
    }();
    return maps;
}

} // namespace

QStringList RegisterMap::builtInIds()
{
    return builtInMaps().ids;
}

Result<RegisterMap> RegisterMap::builtIn(const QString &id)
{
    const BuiltIn &b = builtInMaps();
    const auto it = b.maps.find(id.isEmpty() ? defaultId() : id);
    if (it == b.maps.end())
        return Error::make(Error::Code::NotFound,
                           tr("There is no Modbus register map \"%1\" (known maps: %2).").arg(id, b.ids.join(u", ")));
    const Result<RegisterMap> &m = *it->second;
    if (!m)
        return m.error();
    if (m->id != it->first)
        return Error::invalid(tr("Register map %1.json says its id is \"%2\"; the file name and the id must match.")
                                  .arg(it->first, m->id));
    return m;
}

const ValueSpec *RegisterMap::value(const QString &valueName) const
{
    for (const ValueSpec &v : values) {
        if (v.name == valueName)
            return &v;
    }
    return nullptr;
}

// ---- Values -----------------------------------------------------------------------------------

namespace {

quint32 combine(const ValueSpec &spec, const QList<quint16> &words)
{
    const quint16 first = words.at(0);
    const quint16 second = words.at(1);
    return spec.wordOrder == WordOrder::HighFirst ? (quint32(first) << 16 | second) : (quint32(second) << 16 | first);
}

Error wordCountError(const ValueSpec &spec, qsizetype got)
{
    return Error::invalid(RegisterMap::tr("The meter sent %1 registers for \"%2\", which needs %3.")
                              .arg(got)
                              .arg(spec.name)
                              .arg(spec.registerCount()));
}

} // namespace

Result<qint64> RegisterMap::rawInteger(const ValueSpec &spec, const QList<quint16> &words)
{
    if (words.size() != spec.registerCount())
        return wordCountError(spec, words.size());
    switch (spec.type) {
    case ValueType::Bool:
        return qint64(words.at(0) != 0);
    case ValueType::UInt16:
        return qint64(words.at(0));
    case ValueType::Int16:
        return qint64(static_cast<qint16>(words.at(0)));
    case ValueType::UInt32:
        return qint64(combine(spec, words));
    case ValueType::Int32:
        return qint64(static_cast<qint32>(combine(spec, words)));
    case ValueType::Float32:
        break;
    }
    return Error::invalid(tr("\"%1\" is a float32, not an integer.").arg(spec.name));
}

Result<MeterValue> RegisterMap::decode(const ValueSpec &spec, const QList<quint16> &words) const
{
    if (words.size() != spec.registerCount())
        return wordCountError(spec, words.size());
    MeterValue v;
    v.name = spec.name;
    v.label = spec.label;
    v.unit = spec.unit;
    v.decimals = spec.decimals;
    v.numeric = true;
    if (spec.type == ValueType::Float32) {
        const float f = std::bit_cast<float>(combine(spec, words));
        const double scaled = double(f) * double(spec.scale) * double(pow10(spec.decimals));
        // 2^53: beyond it a double no longer holds every integer, so the digits would be made up.
        if (!std::isfinite(f) || std::fabs(scaled) > 9007199254740992.0)
            return Error::invalid(
                tr("The meter reported \"%1\" as a value that is not a usable number.").arg(spec.label));
        v.number = std::llround(scaled);
    } else {
        const auto raw = rawInteger(spec, words);
        if (!raw)
            return raw.error();
        v.number = *raw * spec.scale; // |raw| < 2^32, scale <= 10^6: no overflow
        if (const auto it = spec.states.constFind(*raw); it != spec.states.constEnd()) {
            v.value = it.value();
            v.numeric = false;
            return v;
        }
    }
    v.value = Decimal{v.number, v.decimals}.text();
    return v;
}

Result<QList<quint16>> RegisterMap::encodeRaw(const ValueSpec &spec, qint64 raw)
{
    auto range = [&](qint64 lo, qint64 hi) -> Status {
        if (raw < lo || raw > hi)
            return Error::invalid(tr("%1 does not fit \"%2\" (%3, %4 to %5).")
                                      .arg(raw)
                                      .arg(spec.name, typeName(spec.type))
                                      .arg(lo)
                                      .arg(hi));
        return {};
    };
    auto split = [&](quint32 v) -> QList<quint16> {
        const quint16 hi = static_cast<quint16>(v >> 16);
        const quint16 lo = static_cast<quint16>(v & 0xFFFF);
        return spec.wordOrder == WordOrder::HighFirst ? QList<quint16>{hi, lo} : QList<quint16>{lo, hi};
    };
    switch (spec.type) {
    case ValueType::Bool:
        if (const Status s = range(0, 1); !s)
            return s.error();
        return QList<quint16>{static_cast<quint16>(raw)};
    case ValueType::UInt16:
        if (const Status s = range(0, 0xFFFF); !s)
            return s.error();
        return QList<quint16>{static_cast<quint16>(raw)};
    case ValueType::Int16:
        if (const Status s = range(-32768, 32767); !s)
            return s.error();
        return QList<quint16>{static_cast<quint16>(static_cast<qint16>(raw))};
    case ValueType::UInt32:
        if (const Status s = range(0, 0xFFFFFFFFLL); !s)
            return s.error();
        return split(static_cast<quint32>(raw));
    case ValueType::Int32:
        if (const Status s = range(std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max()); !s)
            return s.error();
        return split(static_cast<quint32>(static_cast<qint32>(raw)));
    case ValueType::Float32:
        break;
    }
    return Error::invalid(tr("\"%1\" is a float32, which the console does not write.").arg(spec.name));
}

Result<QList<quint16>> RegisterMap::encode(const ValueSpec &spec, const Decimal &amount) const
{
    // raw = amount / (scale / 10^decimals) = amount.number * 10^decimals / (scale * 10^amount.decimals)
    qint64 numerator = 0;
    qint64 denominator = 0;
    const Error tooLarge = Error::invalid(tr("%1 is too large for \"%2\".").arg(amount.text(), spec.label));
    if (amount.decimals < 0 || amount.decimals > 18 ||
        __builtin_mul_overflow(amount.number, pow10(spec.decimals), &numerator) ||
        __builtin_mul_overflow(spec.scale, pow10(amount.decimals), &denominator))
        return tooLarge;
    if (numerator % denominator != 0)
        return Error::invalid(
            tr("\"%1\" takes amounts in steps of %2 %3; %4 is not a whole number of steps.")
                .arg(spec.label, Decimal{spec.scale, spec.decimals}.text(), spec.unit, amount.text()));
    return encodeRaw(spec, numerator / denominator);
}

Result<Frame> RegisterMap::readFrame(const ValueSpec &spec, int unit)
{
    if (!spec.readable)
        return Error::invalid(tr("\"%1\" cannot be read.").arg(spec.name));
    return readRequest(unit, spec.readFunction(), spec.address, spec.registerCount());
}

Result<Frame> RegisterMap::writeFrame(const ValueSpec &spec, int unit, const QList<quint16> &words)
{
    if (!spec.writable)
        return Error::invalid(tr("\"%1\" cannot be written.").arg(spec.name));
    if (words.size() != spec.registerCount())
        return wordCountError(spec, words.size());
    switch (spec.writeFunction) {
    case fn::WriteSingleCoil:
        return writeSingleCoil(unit, spec.address, words.first() != 0);
    case fn::WriteSingleRegister:
        return writeSingleRegister(unit, spec.address, words.first());
    default:
        return writeMultipleRegisters(unit, spec.address, words);
    }
}

} // namespace prepaydesk::modbus
