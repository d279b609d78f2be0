#include "plugin/PluginManager.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QLoggingCategory>

namespace prepaydesk {

Q_LOGGING_CATEGORY(lcPlugins, "prepaydesk.plugins")

namespace {

struct InterfaceId
{
    QString name;
    QString version;
};

// "org.prepaydesk.TokenGenerator/1.0" -> {"TokenGenerator", "1.0"}; empty name when it is not ours.
InterfaceId splitIid(const QString &iid)
{
    static const QString prefix = QStringLiteral("org.prepaydesk.");
    if (!iid.startsWith(prefix))
        return {};
    const QString rest = iid.mid(prefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    if (slash <= 0)
        return {rest, QString()};
    return {rest.left(slash), rest.mid(slash + 1)};
}

} // namespace

PluginManager::PluginManager()
    : m_searchPaths(defaultSearchPaths())
{}

PluginManager::~PluginManager() = default; // loaders stay loaded until the process ends (Qt's rule)

QStringList PluginManager::defaultSearchPaths()
{
    QStringList paths;
    const QString env = qEnvironmentVariable("PREPAYDESK_PLUGIN_PATH");
    if (!env.isEmpty())
        paths += env.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    const QDir app(QCoreApplication::applicationDirPath());
    paths << QDir::cleanPath(app.filePath(QStringLiteral("../lib/prepaydesk/plugins")))
          << QDir::cleanPath(app.filePath(QStringLiteral("../plugins")));
    return paths;
}

QStringList PluginManager::knownInterfaces()
{
    return {QStringLiteral(PrepayDesk_TokenGenerator_iid), QStringLiteral(PrepayDesk_MeterProtocol_iid),
            QStringLiteral(PrepayDesk_CardFormat_iid), QStringLiteral(PrepayDesk_CardDriver_iid),
            QStringLiteral(PrepayDesk_ReceiptPrinter_iid)};
}

PluginManager::Plugin PluginManager::inspect(const QString &fileName)
{
    Plugin p;
    p.fileName = fileName;
    p.name = QFileInfo(fileName).completeBaseName();
    QPluginLoader reader(fileName);
    // Reads the metadata section of the file; the library is not loaded.
    const QJsonObject meta = reader.metaData();
    if (meta.isEmpty()) {
        p.state = State::Failed;
        p.reason = tr("This file is not a Qt plugin: it has no plugin metadata.");
        return p;
    }
    p.iid = meta.value(QStringLiteral("IID")).toString();
    const QJsonObject data = meta.value(QStringLiteral("MetaData")).toObject();
    if (!data.value(QStringLiteral("name")).toString().isEmpty())
        p.name = data.value(QStringLiteral("name")).toString();
    p.version = data.value(QStringLiteral("version")).toString();
    p.vendor = data.value(QStringLiteral("vendor")).toString();
    p.description = data.value(QStringLiteral("description")).toString();

    const InterfaceId theirs = splitIid(p.iid);
    if (theirs.name.isEmpty()) {
        p.state = State::Incompatible;
        p.reason = tr("It implements %1, which is not a PrepayDesk driver interface.")
                       .arg(p.iid.isEmpty() ? tr("no interface") : p.iid);
        return p;
    }
    for (const QString &known : knownInterfaces()) {
        const InterfaceId ours = splitIid(known);
        if (ours.name != theirs.name)
            continue;
        if (ours.version == theirs.version) {
            p.state = State::Loaded; // compatible; the caller decides whether to load it
            return p;
        }
        p.state = State::Incompatible;
        p.reason = tr("It was built for %1 %2; this console speaks %1 %3.")
                       .arg(theirs.name, theirs.version.isEmpty() ? tr("(no version)") : theirs.version, ours.version);
        return p;
    }
    p.state = State::Incompatible;
    p.reason = tr("It implements %1 %2, an interface this console does not know.").arg(theirs.name, theirs.version);
    return p;
}

void PluginManager::scan()
{
    QSet<QString> seenFiles;
    for (const Plugin &p : std::as_const(m_plugins))
        seenFiles.insert(QFileInfo(p.fileName).canonicalFilePath());

    for (const QString &path : std::as_const(m_searchPaths)) {
        const QDir dir(path);
        if (!dir.exists())
            continue;
        const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!QLibrary::isLibrary(file.fileName()))
                continue;
            const QString canonical = file.canonicalFilePath();
            if (seenFiles.contains(canonical))
                continue;
            seenFiles.insert(canonical);

            Plugin p = inspect(file.absoluteFilePath());
            if (p.state == State::Loaded) {
                const Plugin *other = plugin(p.name);
                if (other && other->state == State::Loaded) {
                    p.state = State::Failed;
                    p.reason = tr("A plugin named %1 is already loaded from %2.").arg(p.name, other->fileName);
                } else if (m_disabled.contains(p.name)) {
                    p.state = State::Disabled;
                } else {
                    auto loader = std::make_shared<QPluginLoader>(p.fileName);
                    QObject *object = loader->instance();
                    if (!object) {
                        p.state = State::Failed;
                        p.reason = tr("It would not load: %1").arg(loader->errorString());
                    } else {
                        p.instance = object;
                        m_loaders.append(loader);
                    }
                }
            }
            qCInfo(lcPlugins).noquote() << p.name << p.version << stateCode(p.state) << p.fileName << p.reason;
            m_plugins.append(p);
        }
    }
}

const PluginManager::Plugin *PluginManager::plugin(const QString &name) const
{
    // The loaded copy first: a later duplicate is listed too, as failed.
    for (const Plugin &p : m_plugins) {
        if (p.name == name && p.state == State::Loaded)
            return &p;
    }
    for (const Plugin &p : m_plugins) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

TokenGenerator *PluginManager::tokenGenerator(const QString &scheme) const
{
    for (TokenGenerator *g : instances<TokenGenerator>()) {
        if (g->scheme() == scheme)
            return g;
    }
    return nullptr;
}

MeterProtocol *PluginManager::meterProtocol(const QString &protocol) const
{
    for (MeterProtocol *p : instances<MeterProtocol>()) {
        if (p->protocol() == protocol)
            return p;
    }
    return nullptr;
}

CardDriver *PluginManager::cardDriver(const QString &cardType) const
{
    for (CardDriver *d : instances<CardDriver>()) {
        if (d->cardType() == cardType)
            return d;
    }
    return nullptr;
}

CardDriver *PluginManager::cardDriverForAtr(const QByteArray &atr) const
{
    for (CardDriver *d : instances<CardDriver>()) {
        if (d->recognises(atr))
            return d;
    }
    return nullptr;
}

QString PluginManager::stateCode(State state)
{
    switch (state) {
    case State::Loaded:
        return QStringLiteral("loaded");
    case State::Disabled:
        return QStringLiteral("disabled");
    case State::Incompatible:
        return QStringLiteral("incompatible");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString PluginManager::stateText(State state)
{
    switch (state) {
    case State::Loaded:
        return tr("Loaded");
    case State::Disabled:
        return tr("Disabled");
    case State::Incompatible:
        return tr("Incompatible");
    case State::Failed:
        return tr("Failed");
    }
    return {};
}

} // namespace prepaydesk
