// The Chinese translation is complete and keeps every placeholder; errors the cashier sees come
// out in Chinese; English plurals are right.
#include "TestSupport.h"

#include "money/Money.h"

#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace prepaydesk;
using namespace prepaydesk::test;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void chineseIsCompleteAndKeepsPlaceholders();
    void errorsComeOutInChinese();
    void englishPlurals();
};

void TestTranslations::chineseIsCompleteAndKeepsPlaceholders()
{
    QFile ts(QStringLiteral(PREPAYDESK_SOURCE_DIR "/translations/prepaydesk_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        return found;
    };
    int messages = 0;
    QString source;
    bool unfinished = false;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"translation") {
            unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            forms.clear();
            // Either plain text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    forms << xml.readElementText();
            }
            if (forms.isEmpty())
                forms << text;
            ++messages;
            QVERIFY2(!unfinished, qPrintable(u"untranslated: "_qs + source));
            for (const QString &f : std::as_const(forms)) {
                QVERIFY2(!f.trimmed().isEmpty(), qPrintable(u"empty translation: "_qs + source));
                QVERIFY2(placeholders(f) == placeholders(source), qPrintable(u"placeholders differ: "_qs + source));
            }
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 400);
}

void TestTranslations::errorsComeOutInChinese()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/prepaydesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    // A read-only database file: the message names the file and is in Chinese.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.db"));
    QVERIFY(Database::open(path).ok());
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    const auto ro = Database::open(path);
    QVERIFY(!ro.ok());
    QVERIFY2(han.match(ro.error().message).hasMatch(), qPrintable(ro.error().message));
    QVERIFY(ro.error().message.contains(QStringLiteral("ro.db")));
    // A wrong amount.
    const auto amount = Money::parse(QStringLiteral("1.234"));
    QVERIFY2(han.match(amount.error().message).hasMatch(), qPrintable(amount.error().message));
    QCoreApplication::removeTranslator(&zh);
}

void TestTranslations::englishPlurals()
{
    QTranslator en;
    QVERIFY(en.load(QStringLiteral(":/i18n/prepaydesk_en.qm")));
    QCoreApplication::installTranslator(&en);
    QCOMPARE(QCoreApplication::translate("prepaydesk::CustomersPage", "%n customer(s) found", nullptr, 1),
             QStringLiteral("1 customer found"));
    QCOMPARE(QCoreApplication::translate("prepaydesk::CustomersPage", "%n customer(s) found", nullptr, 7),
             QStringLiteral("7 customers found"));
    QCoreApplication::removeTranslator(&en);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
