// prepaydesk: the desktop console of a prepaid utility service centre. This file only parses the
// options, loads translations, opens the database and shows the windows of prepaydesk_ui.
#include "CustomersPage.h"
#include "DemoSetup.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Session.h"
#include "Theme.h"

#include "SoftwareSecurityModule.h"
#include "card/CardReaders.h"
#include "card/CardService.h"
#include "card/PrepayCardFormat.h"
#include "demo/DemoGenerator.h"
#include "meter/MeterPorts.h"
#include "plugin/PluginManager.h"
#include "records/OperatorService.h"
#include "security/KeyVault.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "util/Clock.h"
#include "vending/IcCardCarrier.h"
#include "vending/SerialMeterCarrier.h"
#include "vending/StsCarrier.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)
};

// The demo database holds this many generated customers.
constexpr int DemoCustomers = 3000;
// The search that --measure-startup runs in the main window: pinyin initials, the commonest
// kind of query at the counter.
const QString MeasureQuery = QStringLiteral("zs");

// Milliseconds since the process started, as the kernel counts it: starttime (field 22 of
// /proc/self/stat, clock ticks since boot) against CLOCK_BOOTTIME. This includes loading the
// shared libraries and everything before main(). The kernel counts in ticks of 10 ms.
// -1 when /proc is not available.
qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may contain spaces; the fields after it start at ')'.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int StartTimeAfterName = 22 - 3; // field 3 (state) is the first after the name
    if (fields.size() <= StartTimeAfterName)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(StartTimeAfterName).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
    return nowMs - startTicks * 1000 / ticksPerSecond;
}

// Resident memory (VmRSS from /proc/self/status) in KiB, -1 when unknown.
qint64 rssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // Files in /proc report a size of 0: read them whole rather than testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> parts = line.mid(6).simplified().split(' ');
            return parts.isEmpty() ? -1 : parts.first().toLongLong();
        }
    }
    return -1;
}

void printMeasure(const char *key, qint64 ms)
{
    std::printf("%s=%lld\nrss_kib=%lld\n", key, static_cast<long long>(ms), static_cast<long long>(rssKib()));
    std::fflush(stdout);
}

// Loads Qt's own translations and ours for the language; our .qm files are compiled into the
// executable under :/i18n.
void installTranslations(QApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Other languages fall back to English, whose file holds the plural forms.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("prepaydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/prepaydesk_en.qm")))
        QCoreApplication::installTranslator(own);
}

int fail(const QString &message, bool interactive)
{
    std::fprintf(stderr, "prepaydesk: %s\n", qUtf8Printable(message));
    if (interactive)
        QMessageBox::critical(nullptr, Console::tr("PrepayDesk"), message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Fallback clock for --measure-startup when /proc is not there.
    QElapsedTimer sinceMain;
    sinceMain.start();
    auto elapsedMs = [&sinceMain] {
        const qint64 ms = msSinceProcessStart();
        return ms >= 0 ? ms : sinceMain.elapsed();
    };
    // Under the offscreen platform (tests, measurements, screenshots) Qt only finds fonts when told
    // where they are; Chinese would otherwise render as boxes.
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && qEnvironmentVariableIsEmpty("QT_QPA_FONTDIR") &&
        QFileInfo::exists(QStringLiteral("/usr/share/fonts")))
        qputenv("QT_QPA_FONTDIR", "/usr/share/fonts");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PrepayDesk"));
    QApplication::setOrganizationName(QStringLiteral("PrepayDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PREPAYDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/prepaydesk.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("prepaydesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(Console::tr("The service-centre console for prepaid water, electricity and gas."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), Console::tr("Open the database FILE."),
                                      Console::tr("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        Console::tr("Open the demo database (created with %1 generated customers on "
                                                    "first use).")
                                            .arg(DemoCustomers));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        Console::tr("Language of the console: zh_CN or en (default: the system's)."),
                                        Console::tr("LANG"));
    const QCommandLineOption measureOption(
        QStringLiteral("measure-startup"),
        Console::tr("Print window_ready_ms and rss_kib once the login dialog is shown, then quit; with --user and "
                    "--password, log in instead, search once, print main_window_ms and rss_kib, and quit."));
    const QCommandLineOption userOption(QStringLiteral("user"), Console::tr("Fill in the user name USER."),
                                        Console::tr("USER"));
    const QCommandLineOption passwordOption(QStringLiteral("password"),
                                            Console::tr("With --measure-startup: log in with PASSWORD."),
                                            Console::tr("PASSWORD"));
    parser.addOptions({dbOption, demoOption, langOption, measureOption, userOption, passwordOption});
    // A first look for --lang, so that the chosen language applies to everything shown afterwards
    // (errors and --help included); process() then handles --help, --version and mistakes.
    parser.parse(QCoreApplication::arguments());
    const QString lang = parser.value(langOption);
    if (!lang.isEmpty() && lang != QStringLiteral("zh_CN") && lang != QStringLiteral("en")) {
        std::fprintf(stderr, "prepaydesk: %s\n",
                     qUtf8Printable(Console::tr("Unknown language %1; choose zh_CN or en.").arg(lang)));
        return 2;
    }
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale);
    installTranslations(app, locale);
    parser.process(app);

    const bool measure = parser.isSet(measureOption);
    const bool demo = parser.isSet(demoOption);
    const bool interactive = !measure;
    if (demo && parser.isSet(dbOption)) {
        std::fprintf(stderr, "prepaydesk: %s\n", qUtf8Printable(Console::tr("Choose either --db or --demo.")));
        return 2;
    }
    prepaydesk::Theme::apply(app);

    // ~/.local/share/PrepayDesk on Linux (AppDataLocation would repeat the name: .../PrepayDesk/PrepayDesk).
    const QString dataFolder =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/PrepayDesk");
    QString path = parser.value(dbOption);
    if (demo)
        path = dataFolder + QStringLiteral("/demo.db");
    else if (path.isEmpty())
        path = dataFolder + QStringLiteral("/prepaydesk.db");

    // Every problem with the file (locked by another console, read-only, damaged, written by a
    // newer version) comes back as an Error with a message the cashier can act on.
    // The file's full check (PRAGMA quick_check) reads all of it; it runs on a worker thread
    // below while the login dialog is already up, and nobody logs in before it has passed.
    prepaydesk::Database::Options openOptions;
    openOptions.quickCheck = false;
    auto opened = prepaydesk::Database::open(path, openOptions);
    if (!opened)
        return fail(opened.error().message, interactive);
    const std::shared_ptr<prepaydesk::Database> db = opened.value();
    // Worker threads that used the database (demo generation, import, export) keep a connection
    // that they close when they exit; let them exit while the Database still exists.
    const auto joinWorkers = qScopeGuard([] { QThreadPool::globalInstance()->waitForDone(); });
    const prepaydesk::Clock &clock = prepaydesk::SystemClock::instance();

    if (demo) {
        // A demo database without operators is new (or its generation was cancelled): fill it.
        const auto logins = prepaydesk::OperatorService(*db, clock).loginCount();
        if (!logins)
            return fail(logins.error().message, interactive);
        if (logins.value() == 0) {
            if (const prepaydesk::Status s = prepaydesk::DemoSetup::generate(*db, DemoCustomers); !s)
                return fail(s.error().message, interactive);
        }
    }

    prepaydesk::DatabaseCheck check(*db);
    int exitCode = 0;
    prepaydesk::LoginDialog login(*db, clock);
    QObject::connect(&check, &prepaydesk::DatabaseCheck::finished, &login, [&] {
        if (measure)
            printMeasure("check_ms", check.elapsedMs());
        if (!check.result()->ok()) {
            exitCode = fail(check.result()->error().message, interactive);
            if (!interactive)
                login.reject();
        }
    });
    login.setDatabaseCheck(&check);
    check.start();
    login.setDemoHint(demo);
    if (parser.isSet(userOption))
        login.setUserName(parser.value(userOption));
    const bool autoLogin = measure && parser.isSet(userOption) && parser.isSet(passwordOption);
    if (measure) {
        // The first zero-timer runs once the dialog is shown and the event loop has nothing else to do.
        QTimer::singleShot(0, &login, [&] {
            printMeasure("window_ready_ms", elapsedMs());
            if (!autoLogin) {
                login.reject(); // a measurement, not a session
                return;
            }
            login.setPassword(parser.value(passwordOption));
            login.logIn();
            if (!login.loggedIn()) {
                std::fprintf(stderr, "prepaydesk: %s\n", qUtf8Printable(Console::tr("The login failed.")));
                exitCode = 3;
                login.reject();
            }
        });
    }
    if (login.exec() != QDialog::Accepted || !login.loggedIn())
        return exitCode;

    // Driver plugins: found and listed now (Settings shows them); those named in the settings'
    // "plugins/disabled" list are never loaded.
    prepaydesk::PluginManager plugins;
    {
        QSettings settings;
        const QStringList disabled = settings.value(QStringLiteral("plugins/disabled")).toStringList();
        plugins.setDisabled(QSet<QString>(disabled.cbegin(), disabled.cend()));
    }
    plugins.scan();
    // STS keypad meters get tokens from the sts plugin, with vending keys from the vault (locked
    // until an administrator unlocks it); every other meter the reference-code carrier serves.
    prepaydesk::KeyVault vault(*db, clock);
    if (demo) // the demo's vault opens by itself, so that the demo sells real STS tokens
        vault.unlock(QLatin1String(prepaydesk::DemoGenerator::VaultPassphrase)).ok();
    auto carriers = std::make_shared<prepaydesk::CarrierRegistry>();
    const QList<prepaydesk::TokenGenerator *> generators = plugins.instances<prepaydesk::TokenGenerator>();
    if (!generators.isEmpty())
        carriers->add(prepaydesk::Carrier::StsToken,
                      std::make_shared<prepaydesk::StsCarrier>(*db, *generators.first(), vault, clock));
    // Meters at the counter are loaded over the serial line (MeterPorts: the simulator's devices
    // in the demo, else PREPAYDESK_COUNTER_PORT or the setting meters/counter_port). DL/T 645
    // purchases need the vendor's security module, which this console does not have; the demo
    // seals them with the software module under prepay-metersim's default key (docs/metersim.md),
    // and the carrier sends such purchases only to the simulator.
    const prepaydesk::dlt645::SoftwareSecurityModule simulatorSecurity(
        QByteArrayLiteral("prepaydesk-metersim-software-test-key"));
    QHash<QString, const prepaydesk::MeterProtocol *> meterProtocols;
    for (const QString &name : {QStringLiteral("dlt645"), QStringLiteral("cjt188")}) {
        if (const prepaydesk::MeterProtocol *protocol = plugins.meterProtocol(name))
            meterProtocols.insert(name, protocol);
    }
    carriers->add(prepaydesk::Carrier::Serial,
                  std::make_shared<prepaydesk::SerialMeterCarrier>(
                      *db, meterProtocols,
                      prepaydesk::MeterPorts::fromEnvironment(
                          QSettings().value(QStringLiteral("meters/counter_port")).toString()),
                      demo ? &simulatorSecurity : nullptr));
    // IC-card meters: the credit goes onto the customer's card in the counter's reader
    // (PREPAYDESK_CARD_READER or the setting cards/reader; else the first reader with a card).
    QList<const prepaydesk::CardDriver *> cardDrivers;
    for (prepaydesk::CardDriver *d : plugins.instances<prepaydesk::CardDriver>())
        cardDrivers << d;
    const prepaydesk::PrepayCardFormat cardFormat;
    const QString cardReader = prepaydesk::CardReaders::configuredReader();
    prepaydesk::CardService cardService(*db, clock, vault, cardDrivers, cardFormat,
                                        [cardReader] { return prepaydesk::CardReaders::connect(cardReader); });
    carriers->add(prepaydesk::Carrier::IcCard, std::make_shared<prepaydesk::IcCardCarrier>(*db, cardService));
    prepaydesk::MainWindow window(prepaydesk::Session{*db, clock, *login.loggedIn(), demo, &plugins, &vault});
    window.setCarriers(carriers);
    window.setDatabaseCheck(&check);
    window.show();
    // Start-up recovery: sales a crash or an unanswered meter left pending are finished or voided
    // (or put off) before the next sale, once the window is up.
    if (interactive)
        QTimer::singleShot(0, &window, [&window] { window.resolvePendingVends(); });
    if (autoLogin) {
        QTimer::singleShot(0, &window, [&] {
            window.customersPage()->searchNow(MeasureQuery);
            QTimer::singleShot(0, &window, [&] {
                printMeasure("main_window_ms", elapsedMs());
                QCoreApplication::quit();
            });
        });
    }
    return QApplication::exec();
}
