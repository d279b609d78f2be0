#include "SaleConfirmDialog.h"

#include "SaleText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace prepaydesk {

SaleConfirmDialog::SaleConfirmDialog(const Summary &summary, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Confirm the sale"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);

    auto *heading = new QLabel(tr("Sell this credit?"), this);
    heading->setProperty("textRole", QStringLiteral("title"));
    layout->addWidget(heading);
    auto *text = new QLabel(tr("Check it with the customer: once sold, the credit cannot be taken back."), this);
    text->setProperty("textRole", QStringLiteral("subtitle"));
    text->setWordWrap(true);
    layout->addWidget(text);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(8);
    auto add = [this, form](const QString &label, const QString &value, const char *name, qreal size = 0) {
        auto *caption = new QLabel(label, this);
        caption->setProperty("textRole", QStringLiteral("fieldLabel"));
        auto *v = new QLabel(value, this);
        v->setObjectName(QLatin1String(name));
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (size > 0)
            v->setFont(SaleText::largeFont(font(), size));
        form->addRow(caption, v);
    };
    add(tr("Customer"), summary.customer, "customerValue");
    add(tr("Account"), summary.account, "accountValue");
    add(tr("Meter"), summary.meter, "meterValue");
    add(tr("Amount"), summary.amount, "amountValue", 20);
    add(tr("Credit"), summary.credit, "creditValue", 16);
    for (qsizetype i = 0; i < summary.payments.size(); ++i)
        add(summary.payments[i].first, summary.payments[i].second, i == 0 ? "paymentValue" : "secondPaymentValue");
    if (!summary.changeDue.isEmpty())
        add(tr("Change due"), summary.changeDue, "changeValue", 16);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *sell = buttons->addButton(tr("&Sell"), QDialogButtonBox::AcceptRole);
    sell->setObjectName(QStringLiteral("sellButton"));
    sell->setToolTip(tr("Record the sale and deliver the credit (Enter)"));
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("backButton"));
    back->setToolTip(tr("Go back to the sale and change it (Esc)"));
    sell->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    sell->setFocus();
}

} // namespace prepaydesk
