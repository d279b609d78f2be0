#include "io/Csv.h"

#include <QStringDecoder>
#include <QStringView>

#include <utility>

namespace prepaydesk {

namespace {

// Offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode table 3-7:
// no overlong forms, no surrogates, nothing above U+10FFFF), or -1 if every byte is fine.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : low;   // overlong
            high = lead == 0xED ? 0x9F : high; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : low;   // overlong
            high = lead == 0xF4 ? 0x8F : high; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > n || p[i + 1] < low || p[i + 1] > high)
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

// 1-based line of a byte offset, counting CRLF, LF and lone CR as parse() does.
qsizetype lineOfOffset(QByteArrayView bytes, qsizetype offset)
{
    qsizetype line = 1;
    for (qsizetype i = 0; i < offset; ++i) { // i + 1 <= offset, so bytes[i + 1] exists
        if (bytes[i] == '\n' || (bytes[i] == '\r' && bytes[i + 1] != '\n'))
            ++line;
    }
    return line;
}

// OWASP "CSV injection": a spreadsheet evaluates a cell that starts with one of these.
bool isFormulaTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// True for "=x" and also for "'=x", "''=x", ...: guarding those too keeps field() and
// unescapeFormula() exact inverses, so a value that really starts with an apostrophe survives.
bool needsFormulaGuard(QStringView value)
{
    qsizetype i = 0;
    while (i < value.size() && value[i] == u'\'')
        ++i;
    return i < value.size() && isFormulaTrigger(value[i]);
}

} // namespace

Result<QString> Csv::decode(const QByteArray &bytes, Encoding *detected)
{
    const bool hasBom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = QByteArrayView(bytes).sliced(hasBom ? 3 : 0);
    const qsizetype bad = firstInvalidUtf8(body);
    if (bad < 0) {
        if (detected)
            *detected = Encoding::Utf8;
        return QString::fromUtf8(body);
    }
    // A UTF-8 BOM declares the encoding: reading the rest as GB18030 would only make mojibake.
    if (!hasBom) {
        // Stateless, so that a character cut off at the end of the file counts as an error too.
        QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
        QString text = gb18030.decode(body);
        if (gb18030.isValid() && !gb18030.hasError()) {
            if (text.startsWith(QChar(0xFEFF))) // GB18030's own byte-order mark, 84 31 95 33
                text.remove(0, 1);
            if (detected)
                *detected = Encoding::Gb18030;
            return text;
        }
    }
    return Error::invalid(tr("Line %1 contains bytes that are not text. The file must be saved as UTF-8 or GB18030.")
                              .arg(lineOfOffset(body, bad)));
}

Result<QList<Csv::Row>> Csv::parse(const QString &text)
{
    const QChar *s = text.constData();
    const qsizetype n = text.size();
    // Length of the line break at i: 2 for CRLF, 1 for LF or a lone CR, 0 for anything else.
    const auto lineBreak = [s, n](qsizetype i) -> qsizetype {
        if (i >= n)
            return 0;
        if (s[i] == u'\r')
            return i + 1 < n && s[i + 1] == u'\n' ? 2 : 1;
        return s[i] == u'\n' ? 1 : 0;
    };

    QList<Row> rows;
    qsizetype line = 1;
    qsizetype i = 0;
    while (i < n) {
        if (const qsizetype eol = lineBreak(i)) { // an entirely empty line
            i += eol;
            ++line;
            continue;
        }
        Row row;
        row.line = line;
        for (;;) { // one field per pass
            QString value;
            if (i < n && s[i] == u'"') {
                // RFC 4180 2.5-2.7: a quoted field runs to the next lone '"'; "" stands for one '"'.
                const qsizetype openedOn = line;
                qsizetype segment = ++i;
                for (;;) {
                    if (i >= n)
                        return Error::invalid(
                            tr("Line %1: a quoted field is never closed (a \" is missing).").arg(openedOn));
                    if (s[i] == u'"') {
                        value.append(QStringView(s + segment, s + i));
                        if (i + 1 < n && s[i + 1] == u'"') {
                            value.append(u'"');
                            i += 2;
                            segment = i;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (s[i] == u'\n' || (s[i] == u'\r' && lineBreak(i) == 1))
                        ++line;
                    ++i;
                }
                if (i < n && s[i] != u',' && !lineBreak(i))
                    return Error::invalid(
                        tr("Line %1: after a closing \" only a comma or the end of the line may follow.").arg(line));
            } else {
                const qsizetype start = i;
                while (i < n && s[i] != u',' && !lineBreak(i)) {
                    if (s[i] == u'"') // RFC 4180 2.5: quotes may appear only inside a quoted field
                        return Error::invalid(
                            tr("Line %1: a \" inside a field that does not start with \" (write it as \"\" "
                               "inside a quoted field).")
                                .arg(line));
                    ++i;
                }
                value = QString(s + start, i - start);
            }
            row.fields.append(std::move(value));
            if (i < n && s[i] == u',') {
                ++i;
                continue;
            }
            if (const qsizetype eol = lineBreak(i)) {
                i += eol;
                ++line;
            }
            break; // end of line or of text
        }
        rows.append(std::move(row));
    }
    return rows;
}

QString Csv::field(const QString &value)
{
    // OWASP "CSV injection" advice: a leading apostrophe makes a spreadsheet show the text, not run it.
    QString text = value;
    if (needsFormulaGuard(value))
        text.prepend(u'\'');
    // RFC 4180 2.6: quote fields with separators, quotes or line breaks. Edge spaces are quoted too,
    // because many readers trim them otherwise.
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n') ||
                       text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote)
        return text;
    text.replace(u'"', QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString Csv::record(const QStringList &fields)
{
    // A lone empty field would be an empty line, which parse() skips: write it as "".
    if (fields.size() == 1 && fields.front().isEmpty())
        return QStringLiteral("\"\"\r\n");
    QString out;
    for (qsizetype k = 0; k < fields.size(); ++k) {
        if (k > 0)
            out.append(u',');
        out.append(field(fields[k]));
    }
    out.append(QStringLiteral("\r\n"));
    return out;
}

QString Csv::unescapeFormula(const QString &value)
{
    return value.startsWith(u'\'') && needsFormulaGuard(value) ? value.mid(1) : value;
}

} // namespace prepaydesk
