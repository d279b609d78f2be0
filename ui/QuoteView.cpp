#include "QuoteView.h"

#include "SaleText.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace prepaydesk {

namespace {

QLabel *roleLabel(const QString &role, QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(parent);
    label->setProperty("textRole", role);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

} // namespace

QuoteView::QuoteView(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("quoteView"));
    setStyleSheet(QStringLiteral("QFrame#quoteView { background: #ffffff; border: 1px solid #d0d5dd; border-radius: "
                                 "6px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    m_hint = roleLabel(QStringLiteral("hint"), this, QStringLiteral("quoteHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_error = roleLabel(QStringLiteral("banner"), this, QStringLiteral("quoteError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *lines = new QWidget(this);
    lines->setObjectName(QStringLiteral("quoteLines"));
    m_grid = new QGridLayout(lines);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(1, 1);
    layout->addWidget(lines);

    m_totals = new QWidget(this);
    auto *totals = new QVBoxLayout(m_totals);
    totals->setContentsMargins(0, 0, 0, 0);
    totals->setSpacing(6);
    auto *rule = new QFrame(m_totals);
    rule->setFrameShape(QFrame::HLine);
    rule->setStyleSheet(QStringLiteral("color: #d0d5dd;"));
    totals->addWidget(rule);
    auto *taxRow = new QHBoxLayout;
    m_taxLabel = roleLabel(QStringLiteral("hint"), m_totals);
    m_taxAmount = roleLabel(QStringLiteral("hint"), m_totals, QStringLiteral("quoteTax"));
    taxRow->addWidget(m_taxLabel);
    taxRow->addStretch(1);
    taxRow->addWidget(m_taxAmount);
    totals->addLayout(taxRow);

    auto *big = new QGridLayout;
    big->setHorizontalSpacing(24);
    big->setVerticalSpacing(0);
    m_creditCaption = roleLabel(QStringLiteral("fieldLabel"), m_totals);
    m_credit = new QLabel(m_totals);
    m_credit->setObjectName(QStringLiteral("quoteCredit"));
    m_credit->setFont(SaleText::largeFont(font(), 22));
    m_credit->setStyleSheet(QStringLiteral("color: #05603a;"));
    m_credit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_paysCaption = roleLabel(QStringLiteral("fieldLabel"), m_totals);
    m_paysCaption->setText(tr("Customer pays"));
    m_pays = new QLabel(m_totals);
    m_pays->setObjectName(QStringLiteral("quotePays"));
    m_pays->setFont(SaleText::largeFont(font(), 22));
    m_pays->setStyleSheet(QStringLiteral("color: #14213d;"));
    big->addWidget(m_creditCaption, 0, 0);
    big->addWidget(m_credit, 1, 0);
    big->addWidget(m_paysCaption, 0, 1, Qt::AlignRight);
    big->addWidget(m_pays, 1, 1, Qt::AlignRight);
    totals->addLayout(big);
    layout->addWidget(m_totals);
    layout->addStretch(1);
    m_totals->hide();
}

QuoteView::LineLabels &QuoteView::lineAt(int index)
{
    while (m_lines.size() <= index) {
        const int row = int(m_lines.size());
        LineLabels l{new QLabel(this), new QLabel(this), new QLabel(this)};
        const QFont lineFont = SaleText::largeFont(font(), 11, false);
        for (QLabel *label : {l.label, l.detail, l.amount})
            label->setFont(lineFont);
        l.label->setObjectName(QStringLiteral("quoteLine%1").arg(row));
        l.detail->setProperty("textRole", QStringLiteral("hint"));
        l.amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->addWidget(l.label, row, 0);
        m_grid->addWidget(l.detail, row, 1);
        m_grid->addWidget(l.amount, row, 2);
        m_lines.append(l);
    }
    return m_lines[index];
}

void QuoteView::showLines(int count)
{
    for (int i = 0; i < m_lines.size(); ++i) {
        const bool shown = i < count;
        m_lines[i].label->setVisible(shown);
        m_lines[i].detail->setVisible(shown);
        m_lines[i].amount->setVisible(shown);
    }
}

void QuoteView::setQuote(const Quote &quote, Utility utility, int fixedMonths)
{
    ++m_updates;
    m_hasQuote = true;
    m_hint->hide();
    m_error->hide();
    for (int i = 0; i < quote.lineCount; ++i) {
        const QuoteLine &line = quote.lines[i];
        LineLabels &l = lineAt(i);
        l.label->setText(SaleText::lineLabel(line, fixedMonths));
        l.detail->setText(SaleText::lineDetail(line, utility));
        l.amount->setText(SaleText::money(line.amount));
    }
    showLines(quote.lineCount);
    m_taxLabel->setText(tr("Tax included in the prices"));
    m_taxAmount->setText(SaleText::money(quote.tax));
    if (quote.moneyCredit.isZero()) {
        m_creditCaption->setText(tr("Units credited"));
        m_credit->setText(SaleText::units(quote.units, utility));
    } else {
        m_creditCaption->setText(tr("Money credited to the meter"));
        m_credit->setText(SaleText::money(quote.moneyCredit));
    }
    m_pays->setText(SaleText::money(quote.paid));
    m_totals->show();
}

void QuoteView::setError(const QString &message)
{
    ++m_updates;
    m_hasQuote = false;
    m_hint->hide();
    showLines(0);
    m_totals->hide();
    m_error->setText(message);
    m_error->show();
}

void QuoteView::clear(const QString &hint)
{
    m_hasQuote = false;
    showLines(0);
    m_totals->hide();
    m_error->hide();
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

QStringList QuoteView::lineTexts() const
{
    QStringList out;
    for (const LineLabels &l : m_lines) {
        if (!l.label->isVisibleTo(this))
            break;
        out << l.label->text() + QStringLiteral(" | ") + l.detail->text() + QStringLiteral(" | ") + l.amount->text();
    }
    return out;
}

QString QuoteView::totalText() const
{
    return m_hasQuote ? m_credit->text() + QStringLiteral(" | ") + m_pays->text() : QString();
}

QString QuoteView::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

} // namespace prepaydesk
