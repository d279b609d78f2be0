// PluginManager with real plugin files: the sts plugin from the build tree, a tiny valid test
// plugin, a plugin built for an interface version this console does not speak, and files that
// are not plugins. Whether a library was loaded is checked two ways: QPluginLoader::isLoaded()
// and a variable the test plugins set from a static initialiser when the library is loaded.
#include "plugin/PluginManager.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace prepaydesk;

namespace {

const QString TestPluginDir = QStringLiteral(PREPAYDESK_TEST_PLUGIN_DIR);

QString pluginFile(const QString &baseName)
{
    const QDir dir(TestPluginDir);
    const QStringList found = dir.entryList({QStringLiteral("*") + baseName + QStringLiteral("*")}, QDir::Files);
    return found.isEmpty() ? QString() : dir.filePath(found.first());
}

bool loadedInProcess(const QString &file)
{
    return QPluginLoader(file).isLoaded();
}

} // namespace

class TestPlugins : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void incompatibleIsReportedNotLoaded();
    void disabledIsNotLoadedThenEnabledLoads();
    void notAPluginFails();
    void stsPluginFromTheBuildTree();
    void pluginPathEnvironment();
    void meterProtocolsByName();

private:
    QString m_meter;
    QString m_future;
};

void TestPlugins::initTestCase()
{
    m_meter = pluginFile(QStringLiteral("test_meter_plugin"));
    m_future = pluginFile(QStringLiteral("future_token_plugin"));
    QVERIFY2(QFile::exists(m_meter), qPrintable(TestPluginDir));
    QVERIFY(QFile::exists(m_future));
    QVERIFY(qEnvironmentVariableIsEmpty("PREPAYDESK_TEST_PLUGIN_LOADED"));
    QVERIFY(qEnvironmentVariableIsEmpty("PREPAYDESK_TEST_FUTURE_LOADED"));
}

void TestPlugins::incompatibleIsReportedNotLoaded()
{
    PluginManager manager;
    manager.setSearchPaths({TestPluginDir});
    manager.setDisabled({QStringLiteral("test-meter")}); // this test looks at the other one
    manager.scan();
    const auto *future = manager.plugin(QStringLiteral("future-token"));
    QVERIFY(future);
    QCOMPARE(future->state, PluginManager::State::Incompatible);
    QCOMPARE(future->iid, QStringLiteral("org.prepaydesk.TokenGenerator/2.0"));
    QCOMPARE(future->version, QStringLiteral("2.0.0"));
    QCOMPARE(future->vendor, QStringLiteral("PrepayDesk tests"));
    QVERIFY2(future->reason.contains(QStringLiteral("TokenGenerator 2.0")) &&
                 future->reason.contains(QStringLiteral("speaks TokenGenerator 1.0")),
             qPrintable(future->reason));
    QVERIFY(!future->instance);
    QVERIFY(!loadedInProcess(m_future));
    QVERIFY(qEnvironmentVariableIsEmpty("PREPAYDESK_TEST_FUTURE_LOADED"));
}

void TestPlugins::disabledIsNotLoadedThenEnabledLoads()
{
    {
        PluginManager manager;
        manager.setSearchPaths({TestPluginDir});
        manager.setDisabled({QStringLiteral("test-meter")});
        manager.scan();
        const auto *meter = manager.plugin(QStringLiteral("test-meter"));
        QVERIFY(meter);
        QCOMPARE(meter->state, PluginManager::State::Disabled);
        QCOMPARE(meter->version, QStringLiteral("0.0.1")); // metadata read all the same
        QVERIFY(!meter->instance);
        QVERIFY(manager.instances<MeterProtocol>().isEmpty());
        QVERIFY(!loadedInProcess(m_meter));
        QVERIFY(qEnvironmentVariableIsEmpty("PREPAYDESK_TEST_PLUGIN_LOADED"));
    }
    PluginManager manager;
    manager.setSearchPaths({TestPluginDir});
    manager.scan();
    const auto *meter = manager.plugin(QStringLiteral("test-meter"));
    QVERIFY(meter);
    QCOMPARE(meter->state, PluginManager::State::Loaded);
    QCOMPARE(PluginManager::stateCode(meter->state), QStringLiteral("loaded"));
    QVERIFY(loadedInProcess(m_meter));
    QCOMPARE(qEnvironmentVariable("PREPAYDESK_TEST_PLUGIN_LOADED"), QStringLiteral("test-meter"));
    const auto protocols = manager.instances<MeterProtocol>();
    QCOMPARE(protocols.size(), 1);
    QCOMPARE(protocols.first()->protocol(), QStringLiteral("test-echo"));
    // The incompatible one is still not loaded.
    QVERIFY(!loadedInProcess(m_future));

    // A second copy of a loaded plugin is listed as failed, not loaded twice.
    QTemporaryDir copyDir;
    QVERIFY(QFile::copy(m_meter, copyDir.filePath(QFileInfo(m_meter).fileName())));
    PluginManager twice;
    twice.setSearchPaths({TestPluginDir, copyDir.path()});
    twice.scan();
    int loaded = 0;
    int failed = 0;
    for (const auto &p : twice.plugins()) {
        if (p.name != QLatin1String("test-meter"))
            continue;
        if (p.state == PluginManager::State::Loaded)
            ++loaded;
        if (p.state == PluginManager::State::Failed && p.reason.contains(QStringLiteral("already loaded")))
            ++failed;
    }
    QCOMPARE(loaded, 1);
    QCOMPARE(failed, 1);
}

void TestPlugins::notAPluginFails()
{
    QTemporaryDir dir;
    QFile junk(dir.filePath(QStringLiteral("libjunk.so")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("this is not a shared library");
    junk.close();
    QFile text(dir.filePath(QStringLiteral("README.txt"))); // not a library name: ignored
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.close();
    PluginManager manager;
    manager.setSearchPaths({dir.path(), dir.filePath(QStringLiteral("missing"))});
    manager.scan();
    QCOMPARE(manager.plugins().size(), 1);
    const auto &p = manager.plugins().first();
    QCOMPARE(p.state, PluginManager::State::Failed);
    QCOMPARE(p.name, QStringLiteral("libjunk"));
    QVERIFY(!p.reason.isEmpty());
}

void TestPlugins::stsPluginFromTheBuildTree()
{
    // The default folders include <build>/plugins (../plugins from <build>/bin).
    PluginManager manager;
    QVERIFY(manager.searchPaths().contains(
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../plugins"))));
    manager.scan();
    const auto *sts = manager.plugin(QStringLiteral("sts"));
    QVERIFY(sts);
    QCOMPARE(sts->state, PluginManager::State::Loaded);
    QCOMPARE(sts->iid, QStringLiteral(PrepayDesk_TokenGenerator_iid));
    QVERIFY(!sts->vendor.isEmpty());
    TokenGenerator *generator = manager.tokenGenerator(QStringLiteral("sts"));
    QVERIFY(generator);
    // The example (STS 531-1-0-02 CTSA01 step 1) through the loaded plugin.
    TokenKeyParams key;
    key.vendingKey = QByteArray::fromHex("abababababababab");
    key.supplyGroupCode = 123456;
    key.tariffIndex = 1;
    key.pan = QStringLiteral("600727000000000009");
    CreditTokenRequest request;
    request.amountTenths = 1;
    request.issued = QDateTime(QDate(2004, 3, 1), QTime(13, 55), Qt::UTC);
    request.random = 5;
    auto token = generator->credit(key, request);
    PD_VERIFY_OK(token);
    QCOMPARE(token->digits, QStringLiteral("23716100501183194197"));
}

void TestPlugins::pluginPathEnvironment()
{
    qputenv("PREPAYDESK_PLUGIN_PATH", TestPluginDir.toUtf8());
    const QStringList paths = PluginManager::defaultSearchPaths();
    qunsetenv("PREPAYDESK_PLUGIN_PATH");
    QCOMPARE(paths.first(), TestPluginDir);
    PluginManager manager;
    manager.setSearchPaths(paths);
    manager.scan();
    QVERIFY(manager.plugin(QStringLiteral("test-meter")));
    QVERIFY(manager.plugin(QStringLiteral("future-token")));
    QVERIFY(manager.plugin(QStringLiteral("sts")));
}

void TestPlugins::meterProtocolsByName()
{
    // The workbench, the serial carrier and prepayctl meter find protocols by name.
    PluginManager manager;
    manager.scan();
    for (const QString &name : {u"dlt645"_qs, u"cjt188"_qs, u"modbus"_qs}) {
        MeterProtocol *protocol = manager.meterProtocol(name);
        QVERIFY2(protocol, qPrintable(name));
        QCOMPARE(protocol->protocol(), name);
    }
    QVERIFY(!manager.meterProtocol(u"sts"_qs));
    PluginManager without;
    without.setDisabled({u"cjt188"_qs});
    without.scan();
    QVERIFY(!without.meterProtocol(u"cjt188"_qs));
    QVERIFY(without.meterProtocol(u"dlt645"_qs));
}

QTEST_GUILESS_MAIN(TestPlugins)
#include "tst_plugins.moc"
