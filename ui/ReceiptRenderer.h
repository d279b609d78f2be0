#pragma once

#include "util/Result.h"
#include "vending/Receipt.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <memory>

class QObject;
class QPagedPaintDevice;
class QPrinter;
class QTranslator;

namespace prepaydesk {

// Draws receipts and reports with QPainter on a printer or into a PDF file: on thermal paper
// (58 or 80 mm wide, as long as the content) or on an A4 page. The text is what Receipt::rows()
// or a report's text says; this class only lays it out. (ESC/POS printers go through the
// plugins' ReceiptPrinter interface instead, fed with Receipt::text() lines.)
class ReceiptRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptRenderer)
public:
    enum class Paper
    {
        Thermal58,
        Thermal80,
        A4
    };

    static QString paperName(Paper paper);
    // The columns of the fixed-width text layout that goes with the paper.
    static int columns(Paper paper);

    // Sets the page size on the device (thermal pages are as long as the receipt), then draws.
    static Status print(const QList<Receipt::Row> &rows, Paper paper, QPagedPaintDevice *device);
    static Status savePdf(const QList<Receipt::Row> &rows, Paper paper, const QString &path, const QString &title);

    // Fixed-column text (a Z report), in a fixed-pitch font sized to the paper.
    static Status printText(const QString &text, Paper paper, QPagedPaintDevice *device);
    static Status saveTextPdf(const QString &text, Paper paper, const QString &path, const QString &title);
};

// Makes tr() speak another language for a while, to print a receipt in the customer's language
// while the console speaks another. Widgets do not hear of the switch (no LanguageChange event
// reaches them), so nothing on screen changes.
class LanguageScope
{
public:
    // "zh_CN" or "en"; nothing changes when it is the console's language already.
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

    QLocale locale() const { return m_locale; }

private:
    QLocale m_locale;
    std::unique_ptr<QObject> m_filter;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace prepaydesk
