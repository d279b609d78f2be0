// Replays a fuzz target's corpus (tests/fuzz/corpus/<name>) through its LLVMFuzzerTestOneInput in
// the normal build, so inputs that once crashed a parser, or reached deep into it, keep being
// checked. The target itself asserts (abort) on anything a parser must never do.

#include <QDir>
#include <QFile>
#include <QTest>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class FuzzReplay : public QObject
{
    Q_OBJECT
private slots:
    void replayCorpus()
    {
        const QDir dir(QStringLiteral(PREPAYDESK_FUZZ_CORPUS));
        QVERIFY2(dir.exists(), qPrintable(dir.path()));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        // A corpus is committed with its target; an empty one would make this test say nothing.
        QVERIFY2(!files.isEmpty(), "the corpus is empty");
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
        }
    }
};

QTEST_GUILESS_MAIN(FuzzReplay)
#include "FuzzReplay.moc"
