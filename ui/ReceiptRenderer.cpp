#include "ReceiptRenderer.h"

#include "FixedColumnView.h"
#include "SaleText.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTranslator>

#include <functional>

namespace prepaydesk {

namespace {

// Paper geometry in millimetres and type sizes in points.
struct PaperSpec
{
    qreal width = 0;        // the paper
    qreal contentWidth = 0; // what is printed on, centred
    qreal margin = 0;       // above and below
    qreal body = 0;
    qreal title = 0;
    qreal code = 0; // the largest the credit code is drawn (it shrinks to fit)
};

PaperSpec specOf(ReceiptRenderer::Paper paper)
{
    switch (paper) {
    case ReceiptRenderer::Paper::Thermal58:
        return {58, 48, 4, 7.5, 9.5, 13};
    case ReceiptRenderer::Paper::Thermal80:
        return {80, 72, 4, 9, 11.5, 18};
    case ReceiptRenderer::Paper::A4:
        return {210, 120, 20, 11, 16, 26};
    }
    return {};
}

constexpr qreal A4Height = 297;

qreal mm(qreal millimetres, const QPaintDevice *device)
{
    return millimetres * device->logicalDpiY() / 25.4;
}

class RowPainter
{
public:
    RowPainter(const PaperSpec &spec, QPaintDevice *device)
        : m_device(device)
        , m_width(mm(spec.contentWidth, device))
    {
        m_body = QApplication::font();
        m_body.setPointSizeF(spec.body);
        m_strong = m_body;
        m_strong.setBold(true);
        m_title = m_body;
        m_title.setPointSizeF(spec.title);
        m_title.setBold(true);
        m_code = SaleText::fixedPitchFont(spec.code);
        m_code.setBold(true);
    }

    // The height of a row; drawn at (x, y) when a painter is given.
    qreal row(const Receipt::Row &row, QPainter *painter, qreal x, qreal y)
    {
        const qreal gap = QFontMetricsF(m_body, m_device).height() * 0.3;
        switch (row.kind) {
        case Receipt::Row::Kind::Title:
            return centred(row.left, m_title, painter, x, y) + gap;
        case Receipt::Row::Kind::Text:
            return centred(row.left, m_body, painter, x, y) + gap;
        case Receipt::Row::Kind::Notice: {
            const qreal pad = gap;
            const qreal h = centred(row.left, m_strong, painter, x, y + pad, m_width - 2 * pad) + 2 * pad;
            if (painter) {
                painter->save();
                painter->setPen(QPen(Qt::black, mm(0.3, m_device)));
                painter->drawRect(QRectF(x, y, m_width, h));
                painter->restore();
            }
            return h + gap;
        }
        case Receipt::Row::Kind::Rule:
            if (painter) {
                painter->save();
                painter->setPen(QPen(Qt::black, mm(0.2, m_device), Qt::DashLine));
                painter->drawLine(QPointF(x, y + gap), QPointF(x + m_width, y + gap));
                painter->restore();
            }
            return 2 * gap;
        case Receipt::Row::Kind::Code: {
            QFont font = m_code;
            // As large as the paper allows, down to the body size.
            while (font.pointSizeF() > m_body.pointSizeF() &&
                   QFontMetricsF(font, m_device).horizontalAdvance(row.left) > m_width)
                font.setPointSizeF(font.pointSizeF() - 0.5);
            return centred(row.left, font, painter, x, y) + gap;
        }
        case Receipt::Row::Kind::Pair:
            return pair(row, painter, x, y);
        }
        return 0;
    }

private:
    qreal centred(const QString &text, const QFont &font, QPainter *painter, qreal x, qreal y, qreal width = -1)
    {
        if (width < 0)
            width = m_width;
        const QFontMetricsF fm(font, m_device);
        const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
        const QRectF box = fm.boundingRect(QRectF(0, 0, width, 1e6), flags, text);
        if (painter) {
            painter->setFont(font);
            painter->drawText(QRectF(x + (m_width - width) / 2, y, width, box.height()), flags, text);
        }
        return box.height();
    }

    qreal pair(const Receipt::Row &row, QPainter *painter, qreal x, qreal y)
    {
        const QFont &font = row.strong ? m_strong : m_body;
        const QFontMetricsF fm(font, m_device);
        const qreal indent = row.indent * fm.horizontalAdvance(u'0');
        const qreal rightWidth = fm.horizontalAdvance(row.right);
        const qreal gap = fm.horizontalAdvance(u'0') * 1.5;
        const qreal leftRoom = m_width - indent - rightWidth - gap;
        const int leftFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        const qreal lineHeight = fm.height();
        if (leftRoom >= m_width * 0.35) {
            const QRectF left = fm.boundingRect(QRectF(0, 0, leftRoom, 1e6), leftFlags, row.left);
            if (painter) {
                painter->setFont(font);
                painter->drawText(QRectF(x + indent, y, leftRoom, left.height()), leftFlags, row.left);
                // The value on the label's last line, like a printed bill.
                painter->drawText(QRectF(x, y + left.height() - lineHeight, m_width, lineHeight),
                                  Qt::AlignRight | Qt::AlignTop, row.right);
            }
            return std::max(left.height(), lineHeight);
        }
        // A long value (a reference): the label on its own line, the value under it.
        const QRectF left = fm.boundingRect(QRectF(0, 0, m_width - indent, 1e6), leftFlags, row.left);
        const QRectF right =
            fm.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::AlignRight | Qt::TextWrapAnywhere, row.right);
        if (painter) {
            painter->setFont(font);
            painter->drawText(QRectF(x + indent, y, m_width - indent, left.height()), leftFlags, row.left);
            painter->drawText(QRectF(x, y + left.height(), m_width, right.height()),
                              Qt::AlignRight | Qt::TextWrapAnywhere, row.right);
        }
        return left.height() + right.height();
    }

    QPaintDevice *m_device;
    qreal m_width;
    QFont m_body;
    QFont m_strong;
    QFont m_title;
    QFont m_code;
};

Error cannotDraw()
{
    return Error::make(Error::Code::Io, ReceiptRenderer::tr("The printer or file could not be drawn on."));
}

// Lays the rows out on the device: for thermal paper the page is as long as the content; on A4
// they run onto further pages when needed.
Status drawRows(const QList<Receipt::Row> &rows, ReceiptRenderer::Paper paper, QPagedPaintDevice *device)
{
    const PaperSpec spec = specOf(paper);
    RowPainter measure(spec, device);
    qreal height = 0;
    QList<qreal> heights;
    for (const Receipt::Row &row : rows) {
        heights << measure.row(row, nullptr, 0, 0);
        height += heights.last();
    }
    const bool thermal = paper != ReceiptRenderer::Paper::A4;
    const qreal pageMm =
        thermal ? std::max<qreal>(60, height * 25.4 / device->logicalDpiY() + 2 * spec.margin + 8) : A4Height;
    device->setPageSize(QPageSize(QSizeF(spec.width, pageMm), QPageSize::Millimeter,
                                  thermal ? ReceiptRenderer::paperName(paper) : QString(), QPageSize::ExactMatch));
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(device))
        return cannotDraw();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    RowPainter draw(spec, device);
    const qreal x = mm((spec.width - spec.contentWidth) / 2, device);
    const qreal top = mm(spec.margin, device);
    const qreal bottom = mm(pageMm - spec.margin, device);
    qreal y = top;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!thermal && y + heights[i] > bottom && y > top) {
            device->newPage();
            y = top;
        }
        draw.row(rows[i], &painter, x, y);
        y += heights[i];
    }
    return painter.end() ? Status() : cannotDraw();
}

Status drawText(const QString &text, ReceiptRenderer::Paper paper, QPagedPaintDevice *device)
{
    const PaperSpec spec = specOf(paper);
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    int columns = 1;
    for (const QString &line : std::as_const(lines))
        columns = std::max(columns, Receipt::displayWidth(line));
    // The largest fixed-pitch size at which the widest line fits the paper.
    QFont font = SaleText::fixedPitchFont(spec.body);
    const qreal width = mm(spec.contentWidth, device);
    const qreal perColumn = QFontMetricsF(font, device).horizontalAdvance(u'0');
    font.setPointSizeF(std::min(spec.body, spec.body * width / (perColumn * columns)));
    const QFontMetricsF fm(font, device);
    const qreal cell = fm.horizontalAdvance(u'0');
    const bool thermal = paper != ReceiptRenderer::Paper::A4;
    const qreal contentMm = fm.lineSpacing() * lines.size() * 25.4 / device->logicalDpiY();
    const qreal pageMm = thermal ? std::max<qreal>(60, contentMm + 2 * spec.margin + 8) : A4Height;
    device->setPageSize(QPageSize(QSizeF(spec.width, pageMm), QPageSize::Millimeter,
                                  thermal ? ReceiptRenderer::paperName(paper) : QString(), QPageSize::ExactMatch));
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(device))
        return cannotDraw();
    const qreal x = mm((spec.width - spec.contentWidth) / 2, device);
    const qreal top = mm(spec.margin, device);
    const int perPage = std::max(1, int((mm(pageMm - 2 * spec.margin, device)) / fm.lineSpacing()));
    for (qsizetype from = 0; from < lines.size(); from += perPage) {
        if (from > 0)
            device->newPage();
        FixedColumnView::paintLines(painter, QPointF(x, top), lines.mid(from, perPage), font, cell, fm.lineSpacing());
    }
    return painter.end() ? Status() : cannotDraw();
}

Status writePdf(const QString &path, const QString &title, const std::function<Status(QPagedPaintDevice *)> &draw)
{
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("PrepayDesk"));
        if (Status s = draw(&writer); !s)
            return Error::make(Error::Code::Io, ReceiptRenderer::tr("The PDF file %1 could not be written.").arg(path));
    }
    if (QFileInfo(path).size() <= 0)
        return Error::make(Error::Code::Io, ReceiptRenderer::tr("The PDF file %1 could not be written.").arg(path));
    return {};
}

// tr() as in the source code (English), with the English plural forms where the file has them:
// put in front of a Chinese translator, it makes tr() speak English.
class SourceTextTranslator final : public QTranslator
{
public:
    SourceTextTranslator()
    {
        // Without the English file, plurals read "(s)"; the words are the source's all the same.
        if (!m_english.load(QStringLiteral(":/i18n/prepaydesk_en.qm")))
            qWarning("The English translation is missing: plural forms are not resolved on receipts.");
    }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        const QString english = m_english.translate(context, sourceText, disambiguation, n);
        return english.isNull() ? QString::fromUtf8(sourceText) : english;
    }
    bool isEmpty() const override { return false; }

private:
    QTranslator m_english;
};

// Keeps the LanguageChange events of a temporary translator from the widgets.
class LanguageChangeFilter final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        return event->type() == QEvent::LanguageChange ? true : QObject::eventFilter(watched, event);
    }
};

} // namespace

QString ReceiptRenderer::paperName(Paper paper)
{
    switch (paper) {
    case Paper::Thermal58:
        return tr("58 mm thermal roll");
    case Paper::Thermal80:
        return tr("80 mm thermal roll");
    case Paper::A4:
        return tr("A4 page");
    }
    return {};
}

int ReceiptRenderer::columns(Paper paper)
{
    return paper == Paper::Thermal58 ? Receipt::Columns58mm : Receipt::Columns80mm;
}

Status ReceiptRenderer::print(const QList<Receipt::Row> &rows, Paper paper, QPagedPaintDevice *device)
{
    return drawRows(rows, paper, device);
}

Status ReceiptRenderer::savePdf(const QList<Receipt::Row> &rows, Paper paper, const QString &path, const QString &title)
{
    return writePdf(path, title, [&](QPagedPaintDevice *device) { return drawRows(rows, paper, device); });
}

Status ReceiptRenderer::printText(const QString &text, Paper paper, QPagedPaintDevice *device)
{
    return drawText(text, paper, device);
}

Status ReceiptRenderer::saveTextPdf(const QString &text, Paper paper, const QString &path, const QString &title)
{
    return writePdf(path, title, [&](QPagedPaintDevice *device) { return drawText(text, paper, device); });
}

LanguageScope::LanguageScope(const QString &language)
    : m_locale(language == QStringLiteral("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                   : QLocale(QLocale::English, QLocale::UnitedStates))
{
    if (language == SaleText::currentLanguage()) {
        m_locale = QLocale();
        return;
    }
    std::unique_ptr<QTranslator> translator;
    if (language == QStringLiteral("zh_CN")) {
        translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/prepaydesk_zh_CN.qm")))
            return;
    } else {
        translator = std::make_unique<SourceTextTranslator>();
    }
    m_filter = std::make_unique<LanguageChangeFilter>();
    QCoreApplication::instance()->installEventFilter(m_filter.get());
    QCoreApplication::installTranslator(translator.get());
    m_translator = std::move(translator);
}

LanguageScope::~LanguageScope()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_filter)
        QCoreApplication::instance()->removeEventFilter(m_filter.get());
}

} // namespace prepaydesk
