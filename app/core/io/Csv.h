#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace prepaydesk {

// Reading and writing the comma-separated files that service centres exchange with spreadsheets
// and the utilities' billing systems (RFC 4180, with the OWASP guard against formula injection).
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
public:
    enum class Encoding
    {
        Utf8,
        Gb18030
    };

    struct Row
    {
        qsizetype line = 0; // 1-based physical line where this record starts in the file
        QStringList fields;
    };

    // Bytes to text. A UTF-8 BOM is stripped. Valid UTF-8 is read as UTF-8; otherwise the bytes are
    // tried as GB18030 (what Excel on a Chinese Windows saves). A file that starts with a UTF-8 BOM
    // is held to UTF-8. If neither decodes cleanly, an Error (Code::Invalid) names the 1-based line
    // of the first byte that is not UTF-8. *detected (if non-null) receives what was used.
    static Result<QString> decode(const QByteArray &bytes, Encoding *detected = nullptr);

    // RFC 4180 parsing: ',' separator, '"' quoting with "" as an escaped quote, CRLF or LF or CR line
    // ends, newlines and commas inside quoted fields (kept as they are). Lines that are entirely empty
    // are skipped. Errors (Code::Invalid, the message names the line): a quote that is never closed;
    // characters after a closing quote other than a separator or line end; a bare quote inside an
    // unquoted field.
    static Result<QList<Row>> parse(const QString &text);

    // One field / one record for writing: quoted only when it contains ',', '"', CR or LF or has
    // leading/trailing spaces; records end with "\r\n". Against spreadsheet formula injection, a field
    // beginning with '=', '+', '-', '@', TAB or CR is written with a leading apostrophe (OWASP "CSV
    // injection"); so is one that already begins with apostrophes followed by such a character, so
    // that unescapeFormula() restores every value exactly.
    static QString field(const QString &value);
    static QString record(const QStringList &fields);

    // Undo the apostrophe that field() adds: "'=1+2" -> "=1+2"; any other text is returned unchanged.
    static QString unescapeFormula(const QString &value);
};

} // namespace prepaydesk
