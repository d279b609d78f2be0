// Csv: what an importer relies on — encodings, RFC 4180 parsing with line numbers, errors that
// name the line, and writing that survives a round trip and defuses spreadsheet formulas.
#include "io/Csv.h"

#include <QRegularExpression>
#include <QStringEncoder>
#include <QTest>

using namespace prepaydesk;

namespace {

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    QByteArray bytes = encoder.encode(text);
    Q_ASSERT(encoder.isValid() && !encoder.hasError());
    return bytes;
}

QString errorOf(const Result<QList<Csv::Row>> &r)
{
    return r.ok() ? QString() : r.error().message;
}

// The message names the line as a whole number (not as a digit of "UTF-8" or "GB18030").
bool namesLine(const QString &message, qsizetype line)
{
    return message.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(line)));
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void decodeUtf8();
    void decodeGb18030();
    void decodeInvalid_data();
    void decodeInvalid();
    void lineEndings_data();
    void lineEndings();
    void emptyLinesSkipped();
    void quotedFields();
    void emptyAndSpacedFields();
    void parseErrors_data();
    void parseErrors();
    void longField();
    void manyLines();
    void fieldQuotingAndFormulas_data();
    void fieldQuotingAndFormulas();
    void record();
    void roundTrip();
    void unescapeFormula_data();
    void unescapeFormula();
};

void TestCsv::decodeUtf8()
{
    const QString text = QStringLiteral("户号,姓名\r\n1001,张三\r\n");
    const QByteArray utf8 = text.toUtf8();

    Csv::Encoding detected = Csv::Encoding::Gb18030;
    auto r = Csv::decode(utf8, &detected);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(*r, text);
    QCOMPARE(detected, Csv::Encoding::Utf8);

    // Excel's "CSV UTF-8" starts with a BOM; it must not end up in the first header name.
    detected = Csv::Encoding::Gb18030;
    r = Csv::decode(QByteArray("\xEF\xBB\xBF") + utf8, &detected);
    QVERIFY(r.ok());
    QCOMPARE(*r, text);
    QCOMPARE(detected, Csv::Encoding::Utf8);
    QCOMPARE(Csv::parse(*r)->at(0).fields.at(0), QStringLiteral("户号"));

    // Only the leading BOM goes; plain ASCII is UTF-8; nothing at all is fine; detected may be null.
    QCOMPARE(*Csv::decode(QByteArray("a\xEF\xBB\xBF")), QStringLiteral("a\uFEFF"));
    QCOMPARE(*Csv::decode(QByteArray("a,b\n"), &detected), QStringLiteral("a,b\n"));
    QCOMPARE(detected, Csv::Encoding::Utf8);
    QCOMPARE(*Csv::decode(QByteArray()), QString());
    QCOMPARE(*Csv::decode(QByteArray("\xEF\xBB\xBF")), QString());
    // Four-byte UTF-8 (outside the BMP) is valid.
    QCOMPARE(*Csv::decode(QStringLiteral("𠀀").toUtf8()), QStringLiteral("𠀀"));
}

void TestCsv::decodeGb18030()
{
    // What Excel on a Chinese Windows writes: GB18030 (a superset of GBK), which is not UTF-8.
    const QString text = QStringLiteral("户号,姓名,地址\r\n1001,张三,\"北京市,朝阳区\"\r\n1002,李四,𠀀\r\n");
    const QByteArray bytes = gb18030(text);
    QVERIFY(bytes != text.toUtf8());

    Csv::Encoding detected = Csv::Encoding::Utf8;
    const auto r = Csv::decode(bytes, &detected);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(*r, text);
    QCOMPARE(detected, Csv::Encoding::Gb18030);
    const auto rows = Csv::parse(*r);
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(1).fields,
             (QStringList{QStringLiteral("1001"), QStringLiteral("张三"), QStringLiteral("北京市,朝阳区")}));

    // GB18030 has its own byte-order mark (84 31 95 33); it is dropped like the UTF-8 one.
    QCOMPARE(*Csv::decode(gb18030(QStringLiteral("\uFEFF张三"))), QStringLiteral("张三"));
    // An overlong UTF-8 '/' (C0 AF) is not UTF-8, though it is a GB18030 character.
    QCOMPARE(*Csv::decode(QByteArray("\xC0\xAF"), &detected), QStringLiteral("蜡"));
    QCOMPARE(detected, Csv::Encoding::Gb18030);
}

void TestCsv::decodeInvalid_data()
{
    // Neither: 0xFF is not valid in either encoding, and 0x81 0x20 is a broken GB18030 pair.
    const QByteArray junk("\xFF\xFE\xFD\x81\x20");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("line");
    QTest::newRow("first line") << junk << qsizetype(1);
    QTest::newRow("LF") << (QByteArray("a,b\nc,d\n") + junk + "\n") << qsizetype(3);
    QTest::newRow("CRLF") << (QByteArray("a,b\r\nc,d\r\nx,") + junk + "\r\n") << qsizetype(3);
    QTest::newRow("lone CR") << (QByteArray("1\r2\r3\r4\r") + junk) << qsizetype(5);
    QTest::newRow("quoted newlines count") << (QByteArray("\"a\nb\nc\nd\",e\n") + junk) << qsizetype(5);
    QTest::newRow("line 12") << (QByteArray("x\n").repeated(11) + junk) << qsizetype(12);
    QTest::newRow("only a broken pair") << (QByteArray("a\nb\n\x81\x20")) << qsizetype(3);
    // The line reported is that of the first byte that is not UTF-8, even if it was GB18030 text.
    QTest::newRow("GB18030 text then junk")
        << (QByteArray("id\n") + gb18030(QStringLiteral("张三\n")) + "ok\n" + junk) << qsizetype(2);
    // A GB18030 character cut off by the end of the file.
    QTest::newRow("truncated GB18030") << (QByteArray("a\n") + gb18030(QStringLiteral("张")).left(1)) << qsizetype(2);
    // A UTF-8 BOM declares UTF-8, so bytes that happen to be GB18030 are not guessed at.
    QTest::newRow("BOM then GB18030") << (QByteArray("\xEF\xBB\xBF"
                                                     "a\n") +
                                          gb18030(QStringLiteral("张三")))
                                      << qsizetype(2);
    QTest::newRow("overlong UTF-8 slash") << QByteArray("a\nb\xC0\xAF\n\xFF") << qsizetype(2);
    QTest::newRow("UTF-8 surrogate") << QByteArray("\n\n\xED\xA0\x80") << qsizetype(3);
}

void TestCsv::decodeInvalid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, line);
    Csv::Encoding detected = Csv::Encoding::Gb18030;
    const auto r = Csv::decode(bytes, &detected);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Invalid);
    QVERIFY2(namesLine(r.error().message, line), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QStringLiteral("UTF-8")));
    QVERIFY(r.error().message.contains(QStringLiteral("GB18030")));
    QCOMPARE(detected, Csv::Encoding::Gb18030); // untouched on failure
}

void TestCsv::lineEndings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("CRLF") << QStringLiteral("a,b\r\nc,d\r\ne,f\r\n");
    QTest::newRow("LF") << QStringLiteral("a,b\nc,d\ne,f\n");
    QTest::newRow("CR") << QStringLiteral("a,b\rc,d\re,f\r");
    QTest::newRow("mixed") << QStringLiteral("a,b\r\nc,d\ne,f\r");
    QTest::newRow("no final line end") << QStringLiteral("a,b\r\nc,d\r\ne,f");
}

void TestCsv::lineEndings()
{
    QFETCH(QString, text);
    const auto r = Csv::parse(text);
    QVERIFY2(r.ok(), qPrintable(errorOf(r)));
    QCOMPARE(r->size(), 3);
    const QStringList expected[] = {{QStringLiteral("a"), QStringLiteral("b")},
                                    {QStringLiteral("c"), QStringLiteral("d")},
                                    {QStringLiteral("e"), QStringLiteral("f")}};
    for (qsizetype k = 0; k < 3; ++k) {
        QCOMPARE(r->at(k).fields, expected[k]);
        QCOMPARE(r->at(k).line, k + 1);
    }
}

void TestCsv::emptyLinesSkipped()
{
    const auto r = Csv::parse(QStringLiteral("\r\n\na,b\r\n\r\n\n\rc,d\n\n"));
    QVERIFY2(r.ok(), qPrintable(errorOf(r)));
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).line, 3);
    QCOMPARE(r->at(1).line, 7); // CRLF, LF and lone CR each end one line
    QCOMPARE(r->at(1).fields, (QStringList{QStringLiteral("c"), QStringLiteral("d")}));

    QCOMPARE(Csv::parse(QString())->size(), 0);
    QCOMPARE(Csv::parse(QStringLiteral("\n\r\n\r"))->size(), 0);
    // A line of spaces or of "" is not empty: it is a record.
    QCOMPARE(Csv::parse(QStringLiteral("\n \n"))->at(0).fields, QStringList{QStringLiteral(" ")});
    QCOMPARE(Csv::parse(QStringLiteral("\n\"\"\n"))->at(0).fields, QStringList{QString()});
    QCOMPARE(Csv::parse(QStringLiteral("\n\"\"\n"))->at(0).line, 2);
}

void TestCsv::quotedFields()
{
    const QString text = QStringLiteral("id,note,addr\r\n"
                                        "1,\"a, b\",\"say \"\"hi\"\"\"\r\n"
                                        "2,\"two\r\nlines\",\"three\nmixed\rlines\"\r\n"
                                        "3,\"\"\"\",\"\"\r\n"
                                        "\"4\",\"\"\"quoted\"\" start\",\",\"");
    const auto r = Csv::parse(text);
    QVERIFY2(r.ok(), qPrintable(errorOf(r)));
    QCOMPARE(r->size(), 5);
    QCOMPARE(r->at(1).fields, (QStringList{QStringLiteral("1"), QStringLiteral("a, b"), QStringLiteral("say \"hi\"")}));
    QCOMPARE(r->at(1).line, 2);
    // Line breaks inside quotes are kept as written and the record still starts on line 3 ...
    QCOMPARE(r->at(2).fields,
             (QStringList{QStringLiteral("2"), QStringLiteral("two\r\nlines"), QStringLiteral("three\nmixed\rlines")}));
    QCOMPARE(r->at(2).line, 3);
    // ... while the next one starts after the four physical lines it took.
    QCOMPARE(r->at(3).fields, (QStringList{QStringLiteral("3"), QStringLiteral("\""), QString()}));
    QCOMPARE(r->at(3).line, 7);
    QCOMPARE(r->at(4).fields,
             (QStringList{QStringLiteral("4"), QStringLiteral("\"quoted\" start"), QStringLiteral(",")}));
    QCOMPARE(r->at(4).line, 8);

    // A quoted line break does not end the record, and empty lines inside quotes are content.
    const auto blank = Csv::parse(QStringLiteral("\"a\n\n\nb\",c\nd"));
    QCOMPARE(blank->size(), 2);
    QCOMPARE(blank->at(0).fields, (QStringList{QStringLiteral("a\n\n\nb"), QStringLiteral("c")}));
    QCOMPARE(blank->at(1).line, 5);
}

void TestCsv::emptyAndSpacedFields()
{
    const auto r = Csv::parse(QStringLiteral(",,\na,\n,b\n a , b \n\"x\",\n"));
    QVERIFY2(r.ok(), qPrintable(errorOf(r)));
    QCOMPARE(r->size(), 5);
    QCOMPARE(r->at(0).fields, (QStringList{QString(), QString(), QString()}));
    QCOMPARE(r->at(1).fields, (QStringList{QStringLiteral("a"), QString()}));
    QCOMPARE(r->at(2).fields, (QStringList{QString(), QStringLiteral("b")}));
    // RFC 4180: spaces are part of a field; trimming is the importer's decision.
    QCOMPARE(r->at(3).fields, (QStringList{QStringLiteral(" a "), QStringLiteral(" b ")}));
    QCOMPARE(r->at(4).fields, (QStringList{QStringLiteral("x"), QString()}));
}

void TestCsv::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("line");
    // An unclosed quote swallows the rest of the file: name the line where it opened.
    QTest::newRow("unclosed quote") << QStringLiteral("a,b\nc,d\n\"e,f\ng,h\ni,j\n") << qsizetype(3);
    QTest::newRow("unclosed at end") << QStringLiteral("a\r\nb\r\n\"") << qsizetype(3);
    QTest::newRow("unclosed after escaped quote") << QStringLiteral("a\n\"x\"\"") << qsizetype(2);
    QTest::newRow("junk after closing quote") << QStringLiteral("a,b\n\"c\"d,e\n") << qsizetype(2);
    QTest::newRow("space after closing quote") << QStringLiteral("a\nb\n\"c\" ,d") << qsizetype(3);
    QTest::newRow("junk after multi-line quote") << QStringLiteral("\"a\nb\nc\"x\n") << qsizetype(3);
    QTest::newRow("bare quote") << QStringLiteral("a,b\n12\"3,x\n") << qsizetype(2);
    QTest::newRow("bare quote at end of field") << QStringLiteral("\n\n\nab\"") << qsizetype(4);
    QTest::newRow("quote after leading space") << QStringLiteral("a, \"b\"") << qsizetype(1);
}

void TestCsv::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, line);
    const auto r = Csv::parse(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Invalid);
    QVERIFY2(namesLine(r.error().message, line), qPrintable(r.error().message));
}

void TestCsv::longField()
{
    QString big(10'000, u'x');
    big[5'000] = u',';
    big[6'000] = u'"';
    big[7'000] = u'\n';
    const QString plain(10'000, u'y');
    const auto r = Csv::parse(Csv::record({plain, big}) + Csv::record({QStringLiteral("next")}));
    QVERIFY2(r.ok(), qPrintable(errorOf(r)));
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).fields, (QStringList{plain, big}));
    QCOMPARE(r->at(1).line, 3);
}

void TestCsv::manyLines()
{
    // The size of a year's meter readings for a large centre: many records in one file.
    QString text;
    for (int k = 0; k < 100'000; ++k)
        text += Csv::record(
            {QString::number(k), QStringLiteral("张三"), QStringLiteral("a \"b\", c"), QStringLiteral("123.45")});
    // No timing assertion here (timed tests flake); a quadratic slip shows as the suite's timeout.
    const auto r = Csv::parse(text);
    QVERIFY2(r.ok(), qPrintable(errorOf(r)));
    QCOMPARE(r->size(), 100'000);
    QCOMPARE(r->last().line, 100'000);
    QCOMPARE(r->last().fields.at(2), QStringLiteral("a \"b\", c"));
}

void TestCsv::fieldQuotingAndFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("chinese") << QStringLiteral("张三") << QStringLiteral("张三");
    QTest::newRow("inner space") << QStringLiteral("a b") << QStringLiteral("a b");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    QTest::newRow("trailing space") << QStringLiteral("a ") << QStringLiteral("\"a \"");
    QTest::newRow("apostrophe inside") << QStringLiteral("it's") << QStringLiteral("it's");
    QTest::newRow("leading apostrophe") << QStringLiteral("'hello") << QStringLiteral("'hello");
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE x; --") << QStringLiteral("'; DROP TABLE x; --");
    // OWASP: cells a spreadsheet would evaluate get a leading apostrophe.
    QTest::newRow("=") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("+") << QStringLiteral("+86 138") << QStringLiteral("'+86 138");
    QTest::newRow("- (negative amounts too)") << QStringLiteral("-3.20") << QStringLiteral("'-3.20");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("TAB") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("CR first") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("formula with comma and quotes")
        << QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"x\")")
        << QStringLiteral("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"x\"\")\"");
    // An apostrophe already in front of a trigger gets one more, so unescapeFormula() is exact.
    QTest::newRow("apostrophe then =") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("only a trigger") << QStringLiteral("-") << QStringLiteral("'-");
    QTest::newRow("trigger not first") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void TestCsv::fieldQuotingAndFormulas()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(Csv::field(value), written);
}

void TestCsv::record()
{
    QCOMPARE(Csv::record({QStringLiteral("a"), QStringLiteral("b,c"), QString()}), QStringLiteral("a,\"b,c\",\r\n"));
    QCOMPARE(Csv::record({QStringLiteral("=1"), QStringLiteral(" x")}), QStringLiteral("'=1,\" x\"\r\n"));
    // One empty field must not look like an empty line (those are skipped when reading).
    QCOMPARE(Csv::record({QString()}), QStringLiteral("\"\"\r\n"));
    QCOMPARE(Csv::parse(Csv::record({QString()}))->at(0).fields, QStringList{QString()});
    QCOMPARE(Csv::record({QString(), QString()}), QStringLiteral(",\r\n"));
}

void TestCsv::roundTrip()
{
    const QStringList awkward = {
        QStringLiteral("'; DROP TABLE x; --"),
        QStringLiteral("Robert'); DROP TABLE customers;--"),
        QStringLiteral("1 OR 1=1"),
        QStringLiteral("=1+2"),
        QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"click\")"),
        QStringLiteral("+86 138 0013 8000"),
        QStringLiteral("-3.20"),
        QStringLiteral("@SUM(A1:A9)"),
        QStringLiteral("\t=cmd"),
        QStringLiteral("\r=cmd"),
        QStringLiteral("'=already escaped?"),
        QStringLiteral("''-x"),
        QStringLiteral("'"),
        QStringLiteral("'hello"),
        QStringLiteral("a,b"),
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("say \"hi\", then leave"),
        QStringLiteral("two\r\nlines"),
        QStringLiteral("\n"),
        QStringLiteral("\r"),
        QStringLiteral("\n\n"),
        QStringLiteral(" "),
        QStringLiteral("  padded  "),
        QString(),
        QStringLiteral("北京市,朝阳区 \"望京\""),
        QStringLiteral("𠀀"),
        QStringLiteral("back\\slash"),
        QString(10'000, u','),
    };

    // Each value alone, in pairs, and all in one record.
    QList<QStringList> records;
    for (const QString &v : awkward) {
        records.append({v});
        records.append({v, v});
    }
    records.append(awkward);

    QString text;
    for (const QStringList &fields : records)
        text += Csv::record(fields);

    // Through the bytes too, as an exported file would go: UTF-8 with a BOM and GB18030.
    const QList<QByteArray> files = {QByteArray("\xEF\xBB\xBF") + text.toUtf8(), gb18030(text)};
    for (const QByteArray &bytes : files) {
        const auto decoded = Csv::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        const auto parsed = Csv::parse(*decoded);
        QVERIFY2(parsed.ok(), qPrintable(errorOf(parsed)));
        QCOMPARE(parsed->size(), records.size());
        for (qsizetype k = 0; k < records.size(); ++k) {
            QStringList fields = parsed->at(k).fields;
            for (QString &f : fields)
                f = Csv::unescapeFormula(f);
            QCOMPARE(fields, records[k]);
        }
    }
}

void TestCsv::unescapeFormula_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("=") << QStringLiteral("'=1+2") << QStringLiteral("=1+2");
    QTest::newRow("+") << QStringLiteral("'+86") << QStringLiteral("+86");
    QTest::newRow("-") << QStringLiteral("'-3.20") << QStringLiteral("-3.20");
    QTest::newRow("@") << QStringLiteral("'@x") << QStringLiteral("@x");
    QTest::newRow("TAB") << QStringLiteral("'\tx") << QStringLiteral("\tx");
    QTest::newRow("CR") << QStringLiteral("'\rx") << QStringLiteral("\rx");
    QTest::newRow("one apostrophe at a time") << QStringLiteral("''=x") << QStringLiteral("'=x");
    QTest::newRow("apostrophe before text") << QStringLiteral("'hello") << QStringLiteral("'hello");
    QTest::newRow("apostrophe alone") << QStringLiteral("'") << QStringLiteral("'");
    QTest::newRow("apostrophes alone") << QStringLiteral("''") << QStringLiteral("''");
    QTest::newRow("unescaped formula") << QStringLiteral("=1") << QStringLiteral("=1");
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE x; --") << QStringLiteral("'; DROP TABLE x; --");
    QTest::newRow("apostrophe inside") << QStringLiteral("a'=b") << QStringLiteral("a'=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsv::unescapeFormula()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(Csv::unescapeFormula(value), expected);
    QCOMPARE(Csv::unescapeFormula(Csv::field(expected).remove(u'"')), expected);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
