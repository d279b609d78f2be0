#pragma once

#include "records/Domain.h"
#include "tariff/Tariff.h"

#include <QFrame>
#include <QList>

class QGridLayout;
class QLabel;

namespace prepaydesk {

// A quote, line by line, as the cashier and the customer read it before paying: fixed charges,
// debt recovered, free units, each tariff block as units × price = amount, the tax contained,
// and in large type what the customer gets (units or money credit) for what they pay. Or the
// reason the amount is refused. Used live on the Top-up page and as the tariff editor's preview.
// The labels are kept and reused, so that updating on every keystroke allocates little.
class QuoteView : public QFrame
{
    Q_OBJECT
public:
    explicit QuoteView(QWidget *parent = nullptr);

    void setQuote(const Quote &quote, Utility utility, int fixedMonths);
    void setError(const QString &message);
    // No quote: a hint saying what to enter.
    void clear(const QString &hint);

    bool hasQuote() const { return m_hasQuote; }
    // How many times a quote or a refusal was shown (tests check that each keystroke gave one).
    int updates() const { return m_updates; }
    // The lines on screen, each "label | detail | amount" (for tests and accessibility).
    QStringList lineTexts() const;
    QString totalText() const;
    QString errorText() const;

private:
    struct LineLabels
    {
        QLabel *label;
        QLabel *detail;
        QLabel *amount;
    };
    LineLabels &lineAt(int index);
    void showLines(int count);

    QGridLayout *m_grid;
    QList<LineLabels> m_lines;
    QLabel *m_hint;
    QLabel *m_error;
    QLabel *m_taxLabel;
    QLabel *m_taxAmount;
    QLabel *m_creditCaption;
    QLabel *m_credit;
    QLabel *m_paysCaption;
    QLabel *m_pays;
    QWidget *m_totals;
    bool m_hasQuote = false;
    int m_updates = 0;
};

} // namespace prepaydesk
