#pragma once

#include <QFont>
#include <QScrollArea>
#include <QStringList>

class QPainter;

namespace prepaydesk {

// Fixed-column text (a thermal receipt, a Z report) drawn the way a receipt printer prints it:
// every character in its cell, Chinese characters in two (Receipt::charWidth), whatever the
// font's own widths — no installed font has Chinese exactly twice as wide as Latin, so a plain
// text box would not line the columns up.
class FixedColumnView : public QScrollArea
{
    Q_OBJECT
public:
    explicit FixedColumnView(QWidget *parent = nullptr);

    void setText(const QString &text, int columns);
    QString text() const { return m_text; }
    int columns() const { return m_columns; }
    void setPointSize(qreal size);

    // Draws lines cell by cell from `origin` (the top left); `cell` is one column's width.
    static void paintLines(QPainter &painter, const QPointF &origin, const QStringList &lines, const QFont &font,
                           qreal cell, qreal lineHeight);

private:
    class Paper;
    void relayout();

    Paper *m_paper;
    QString m_text;
    int m_columns = 32;
    QFont m_font;
};

} // namespace prepaydesk
