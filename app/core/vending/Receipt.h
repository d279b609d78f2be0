#pragma once

#include "money/Money.h"
#include "util/Result.h"
#include "vending/Vend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace prepaydesk {

class Database;

// What the customer takes home after a vend: who sold what to whom, how it was priced block by
// block, how it was paid, and the credit code. The content is worded when rows() or text() is
// called, through tr(): install another translator around the call to print in the customer's
// language. rows() are what every layout draws (the console renders them on A4 and thermal
// pages with QPainter; the ESC/POS plugin prints them); text() is the fixed-column layout of a
// thermal printer.
//
// Column widths follow how a GB18030 thermal printer prints: ASCII takes one column, Chinese
// characters and the other double-byte characters of GB 2312 (full-width punctuation, ×, ·, —,
// box drawing) take two; combining marks take none (charWidth()).
class Receipt
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)
public:
    // Columns of the common thermal paper widths (12 x 24 dot font).
    static constexpr int Columns58mm = 32;
    static constexpr int Columns80mm = 48;

    struct Row
    {
        enum class Kind
        {
            Title,  // centred, large: the outlet and the kind of receipt
            Notice, // centred, emphasised: REPRINT, not delivered, voided
            Pair,   // a label on the left, a value on the right
            Text,   // centred sentence
            Rule,   // a separating line
            Code,   // the credit code, as large as the paper allows
        };
        Kind kind = Kind::Text;
        QString left;
        QString right;
        bool strong = false; // Pair: the total and the credit
        int indent = 0;      // Pair: detail lines (tendered, change) are indented this many columns
    };

    Vend vend;
    QString operatorName;
    QString outletName;
    QString tariffName;
    Money debt; // what the account owes now (zero: nothing)
    QDateTime printedAt;

    // The receipt of a vend, with what it needs beside the vend read from the database: the
    // operator's name, the tariff's name and the account's debt now.
    static Result<Receipt> forVend(const Database &db, const Vend &vend, const QString &outletName,
                                   const QDateTime &printedAt);

    // Reprints are counted by VendingService::reprint(); the first print is not a reprint.
    bool isReprint() const { return vend.receiptPrints > 0; }

    QList<Row> rows(const QLocale &locale) const;
    // The receipt as lines of at most `columns` display columns (see charWidth()), joined with
    // '\n' and ending with one.
    QString text(int columns, const QLocale &locale) const;
    static QString layout(const QList<Row> &rows, int columns);

    // Display columns of a character and of a text on a thermal printer or a terminal.
    static int charWidth(char32_t c);
    static int displayWidth(QStringView text);
    // Breaks a text into lines of at most `columns` display columns: after spaces where possible,
    // between any two Chinese characters otherwise.
    static QStringList wrap(const QString &text, int columns);

private:
    QString heading() const;
    QString stateNotice() const;
};

} // namespace prepaydesk
