#include "FixedColumnView.h"

#include "SaleText.h"

#include "vending/Receipt.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QScrollBar>

namespace prepaydesk {

namespace {

constexpr int Margin = 12;

} // namespace

// The white strip the text is drawn on.
class FixedColumnView::Paper : public QWidget
{
public:
    explicit Paper(FixedColumnView *view)
        : QWidget(view)
        , m_view(view)
    {}

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), Qt::white);
        painter.setPen(QColor(0xd0, 0xd5, 0xdd));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
        const QFontMetricsF fm(m_view->m_font);
        painter.setPen(QColor(0x10, 0x18, 0x28));
        paintLines(painter, QPointF(Margin, Margin), m_view->m_text.split(u'\n'), m_view->m_font,
                   fm.horizontalAdvance(u'0'), fm.lineSpacing());
    }

private:
    FixedColumnView *m_view;
};

FixedColumnView::FixedColumnView(QWidget *parent)
    : QScrollArea(parent)
    , m_paper(new Paper(this))
    , m_font(SaleText::fixedPitchFont(11))
{
    setWidget(m_paper);
    setWidgetResizable(false);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFocusPolicy(Qt::StrongFocus);
    relayout();
}

void FixedColumnView::setText(const QString &text, int columns)
{
    m_text = text;
    m_columns = columns;
    relayout();
}

void FixedColumnView::setPointSize(qreal size)
{
    m_font.setPointSizeF(size);
    relayout();
}

void FixedColumnView::relayout()
{
    const QFontMetricsF fm(m_font);
    const int lines = int(m_text.count(u'\n')) + 1;
    const QSize size(int(fm.horizontalAdvance(u'0') * m_columns) + 2 * Margin + 1,
                     int(fm.lineSpacing() * lines) + 2 * Margin + 1);
    m_paper->setFixedSize(size);
    setMinimumWidth(size.width() + verticalScrollBar()->sizeHint().width() + 4);
    m_paper->update();
}

void FixedColumnView::paintLines(QPainter &painter, const QPointF &origin, const QStringList &lines, const QFont &font,
                                 qreal cell, qreal lineHeight)
{
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    qreal y = origin.y();
    for (const QString &line : lines) {
        qreal x = origin.x();
        for (qsizetype i = 0; i < line.size();) {
            const qsizetype start = i;
            char32_t c = line[i++].unicode();
            if (QChar::isHighSurrogate(c) && i < line.size() && line[i].isLowSurrogate())
                c = QChar::surrogateToUcs4(char16_t(c), line[i++].unicode());
            const QString glyph = line.mid(start, i - start);
            const int cells = Receipt::charWidth(c);
            if (cells > 0 && c != u' ') {
                // Centred in its cells, as a printer's double-width glyph is.
                const qreal advance = fm.horizontalAdvance(glyph);
                painter.drawText(QPointF(x + (cells * cell - advance) / 2, y + fm.ascent()), glyph);
            }
            x += cells * cell;
        }
        y += lineHeight;
    }
}

} // namespace prepaydesk
