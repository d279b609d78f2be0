#include "VendResultPanel.h"

#include "ReceiptPreviewDialog.h"
#include "ReceiptRenderer.h"
#include "SaleText.h"
#include "TextRole.h"

#include "util/Clock.h"
#include "vending/Receipt.h"
#include "vending/VendingService.h"

#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace prepaydesk {

VendResultPanel::VendResultPanel(const Session &session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_carriers(std::make_shared<CarrierRegistry>())
    , m_state(new QLabel(this))
    , m_codeCaption(new QLabel(this))
    , m_code(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_where(new QLabel(this))
    , m_change(new QLabel(this))
    , m_pendingBox(new QWidget(this))
    , m_voidReason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("resultPanel"));
    setStyleSheet(QStringLiteral("QFrame#resultPanel { background: #ffffff; border: 1px solid #d0d5dd; border-radius: "
                                 "6px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);

    m_state->setObjectName(QStringLiteral("resultState"));
    m_state->setProperty("textRole", QStringLiteral("notice"));
    m_state->setWordWrap(true);
    m_state->setFont(SaleText::largeFont(font(), 12, true));
    layout->addWidget(m_state);

    m_codeCaption->setProperty("textRole", QStringLiteral("fieldLabel"));
    m_codeCaption->setText(tr("Credit code: read it out or hand over the receipt"));
    layout->addWidget(m_codeCaption);
    m_code->setObjectName(QStringLiteral("creditCode"));
    m_code->setFont(SaleText::fixedPitchFont(26));
    {
        QFont f = m_code->font();
        f.setBold(true);
        m_code->setFont(f);
    }
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setStyleSheet(QStringLiteral("QLabel#creditCode { color: #14213d; background: #f2f4f7; border: 1px solid "
                                         "#d0d5dd; border-radius: 4px; padding: 10px 6px; }"));
    m_code->setAccessibleName(tr("Credit code"));
    layout->addWidget(m_code);

    m_detail->setObjectName(QStringLiteral("resultDetail"));
    m_detail->setWordWrap(true);
    m_detail->setFont(SaleText::largeFont(font(), 16, true));
    layout->addWidget(m_detail);
    m_where->setObjectName(QStringLiteral("resultWhere"));
    m_where->setWordWrap(true);
    m_where->setProperty("textRole", QStringLiteral("subtitle"));
    layout->addWidget(m_where);
    m_change->setObjectName(QStringLiteral("resultChange"));
    m_change->setFont(SaleText::largeFont(font(), 18));
    m_change->setStyleSheet(QStringLiteral("color: #b54708;"));
    layout->addWidget(m_change);

    // A pending sale: finish or void.
    auto *pending = new QHBoxLayout(m_pendingBox);
    pending->setContentsMargins(0, 0, 0, 0);
    m_finish = new QPushButton(tr("&Finish delivery"), m_pendingBox);
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_finish->setToolTip(tr("Deliver the same credit again and mark the sale delivered (Alt+F)"));
    auto *reasonLabel = new QLabel(tr("Void reaso&n"), m_pendingBox);
    reasonLabel->setBuddy(m_voidReason);
    m_voidReason->setObjectName(QStringLiteral("voidReasonEdit"));
    m_voidReason->setPlaceholderText(tr("why the credit did not reach the customer"));
    m_void = new QPushButton(tr("&Void sale"), m_pendingBox);
    m_void->setObjectName(QStringLiteral("voidButton"));
    m_void->setToolTip(tr("Cancel the sale and give the money back (Alt+V); say why first"));
    pending->addWidget(m_finish);
    pending->addSpacing(12);
    pending->addWidget(reasonLabel);
    pending->addWidget(m_voidReason, 1);
    pending->addWidget(m_void);
    layout->addWidget(m_pendingBox);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_print = new QPushButton(tr("Print &receipt…"), this);
    m_print->setObjectName(QStringLiteral("printReceiptButton"));
    m_print->setToolTip(tr("Preview and print the receipt (Ctrl+P)"));
    m_pdf = new QPushButton(tr("Save &PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("saveReceiptPdfButton"));
    m_pdf->setToolTip(tr("Save the receipt as a PDF file (Ctrl+S)"));
    m_next = new QPushButton(tr("&Next customer"), this);
    m_next->setObjectName(QStringLiteral("nextSaleButton"));
    m_next->setToolTip(tr("Start the next sale (Enter or Esc)"));
    m_next->setMinimumHeight(40);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);

    // Outside a dialog buttons do not take Enter unless told to.
    for (QPushButton *b : {m_print, m_pdf, m_next, m_finish, m_void})
        b->setAutoDefault(true);
    connect(m_print, &QPushButton::clicked, this, &VendResultPanel::printReceipt);
    connect(m_pdf, &QPushButton::clicked, this, &VendResultPanel::saveReceiptPdfAs);
    connect(m_next, &QPushButton::clicked, this, &VendResultPanel::nextSaleRequested);
    connect(m_finish, &QPushButton::clicked, this, &VendResultPanel::finishVend);
    connect(m_void, &QPushButton::clicked, this, &VendResultPanel::voidVend);
    connect(m_voidReason, &QLineEdit::returnPressed, this, &VendResultPanel::voidVend);
    auto *printKey = new QShortcut(QKeySequence::Print, this);
    printKey->setContext(Qt::WindowShortcut);
    connect(printKey, &QShortcut::activated, this, &VendResultPanel::printReceipt);
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WindowShortcut);
    connect(saveKey, &QShortcut::activated, this, &VendResultPanel::saveReceiptPdfAs);
}

void VendResultPanel::showVend(const Vend &vend)
{
    m_vend = vend;
    QString state;
    QString role;
    switch (vend.state) {
    case VendState::Delivered:
        state = tr("Sale %1 is done: the credit was delivered.").arg(vend.id);
        role = QStringLiteral("notice");
        break;
    case VendState::Pending:
        state = tr("Delivery was NOT confirmed. Sale %1 is recorded and its credit is kept, but nobody knows whether "
                   "it reached the meter. Finish it to deliver the same credit again, or void it and give the "
                   "money back.")
                    .arg(vend.id);
        role = QStringLiteral("banner");
        break;
    case VendState::Failed:
        state = tr("The credit could not be delivered. Sale %1 was cancelled: give %2 back to the customer.")
                    .arg(vend.id)
                    .arg(SaleText::money(vend.amount));
        role = QStringLiteral("banner");
        break;
    case VendState::Voided:
        state = tr("Sale %1 was voided: give %2 back to the customer.").arg(vend.id).arg(SaleText::money(vend.amount));
        role = QStringLiteral("banner");
        break;
    case VendState::Reversed:
        state = tr("Sale %1 was reversed.").arg(vend.id);
        role = QStringLiteral("banner");
        break;
    }
    setTextRole(m_state, role);
    m_state->setText(state);

    const bool usable = vend.state == VendState::Delivered || vend.state == VendState::Pending;
    // A code the customer keys in is grouped to be read out; credit written onto a card or sent
    // into a meter has only a reference, shown as it is.
    const bool keyed = vend.carrier != QLatin1String("ic-card") && vend.carrier != QLatin1String("serial");
    m_code->setText(keyed ? VendText::grouped(vend.creditCode) : vend.creditCode);
    m_code->setEnabled(usable);
    const QString delivered =
        vend.carrier == QLatin1String("ic-card")  ? tr("Reference: the credit is on the customer's card")
        : vend.carrier == QLatin1String("serial") ? tr("Reference: the credit is in the meter")
                                                  : tr("Credit code: read it out or hand over the receipt");
    m_codeCaption->setText(vend.state == VendState::Delivered
                               ? delivered
                               : (vend.state == VendState::Pending ? tr("Credit code (not confirmed as delivered)")
                                                                   : tr("Credit code (cancelled: do not use)")));
    const QString credit =
        vend.moneyCredit.isZero() ? SaleText::units(vend.units, vend.utility) : SaleText::money(vend.moneyCredit);
    QStringList paid;
    for (const Payment &p : vend.payments)
        paid << tr("%1 %2").arg(VendText::name(p.method), SaleText::money(p.amount));
    m_detail->setText(tr("%1 for %2").arg(credit, SaleText::money(vend.amount)));
    QString where = tr("%1 · account %2 · meter %3 · paid by %4")
                        .arg(vend.customerName, vend.accountNo, vend.meterSerial, paid.join(QStringLiteral(" + ")));
    // What the carrier says (key change tokens to enter first, a token's rounding) must be read out.
    if (!vend.creditNote.isEmpty())
        where += u'\n' + vend.creditNote;
    m_where->setText(where);
    Money change;
    for (const Payment &p : vend.payments)
        change += p.change;
    m_change->setText(tr("Give change: %1").arg(SaleText::money(change)));
    m_change->setVisible(usable && change.minor() > 0);
    m_pendingBox->setVisible(vend.state == VendState::Pending);
    m_voidReason->clear();
    m_print->setEnabled(true);
    m_pdf->setEnabled(true);
    m_next->setDefault(vend.state != VendState::Pending);
    m_finish->setDefault(vend.state == VendState::Pending);
}

QString VendResultPanel::codeText() const
{
    return m_code->text();
}

QString VendResultPanel::stateText() const
{
    return m_state->text();
}

void VendResultPanel::focusDefault()
{
    if (m_vend && m_vend->state == VendState::Pending)
        m_finish->setFocus(Qt::OtherFocusReason);
    else
        m_next->setFocus(Qt::OtherFocusReason);
}

void VendResultPanel::printReceipt()
{
    if (!m_vend || !isVisible())
        return;
    if (Status s = ReceiptPreviewDialog::showForVend(m_session, *m_vend, m_outlet, this); !s)
        emit message(s.error().message, true);
    focusDefault();
}

Status VendResultPanel::saveReceiptPdf(const QString &path) const
{
    if (!m_vend)
        return Error::make(Error::Code::NotFound, tr("There is no sale to print."));
    auto receipt = Receipt::forVend(m_session.db, *m_vend, m_outlet, m_session.clock.now());
    if (!receipt)
        return receipt.error();
    return ReceiptRenderer::savePdf(receipt->rows(QLocale()), ReceiptRenderer::Paper::Thermal58, path,
                                    tr("Receipt %1").arg(m_vend->id));
}

void VendResultPanel::saveReceiptPdfAs()
{
    if (!m_vend || !isVisible())
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/receipt-%1.pdf").arg(m_vend->id);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the receipt as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s = saveReceiptPdf(path);
    emit message(s ? tr("The receipt was saved to %1.").arg(QDir::toNativeSeparators(path)) : s.error().message, !s);
    focusDefault();
}

void VendResultPanel::finishVend()
{
    if (!m_vend || m_vend->state != VendState::Pending)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = VendingService(m_session.db, m_session.clock, m_carriers).finish(m_session.op, m_vend->id);
    QGuiApplication::restoreOverrideCursor();
    if (!done) {
        emit message(done.error().message, true);
        return;
    }
    showVend(done.value());
    emit vendChanged(done.value());
    focusDefault();
}

void VendResultPanel::voidVend()
{
    if (!m_vend || m_vend->state != VendState::Pending)
        return;
    if (m_voidReason->text().trimmed().isEmpty()) {
        emit message(tr("Say why the sale is voided."), true);
        m_voidReason->setFocus();
        return;
    }
    auto done = VendingService(m_session.db, m_session.clock, m_carriers)
                    .voidPending(m_session.op, m_vend->id, m_voidReason->text().trimmed());
    if (!done) {
        emit message(done.error().message, true);
        return;
    }
    showVend(done.value());
    emit vendChanged(done.value());
    focusDefault();
}

} // namespace prepaydesk
