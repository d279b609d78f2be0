#include "PendingVendsDialog.h"

#include "BusyWork.h"
#include "TextRole.h"

#include "ReceiptPreviewDialog.h"
#include "RowTableModel.h"
#include "SaleText.h"

#include "vending/CreditCarrier.h"
#include "vending/VendingService.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace prepaydesk {

namespace {

enum Column
{
    WhenColumn,
    CustomerColumn,
    AccountColumn,
    AmountColumn,
    CodeColumn,
    CashierShiftColumn
};

} // namespace

PendingVendsDialog::PendingVendsDialog(const Session &session, std::shared_ptr<CarrierRegistry> carriers,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_carriers(carriers ? std::move(carriers) : std::make_shared<CarrierRegistry>())
    , m_model(new RowTableModel(
          {tr("When"), tr("Customer"), tr("Account"), tr("Amount"), tr("Credit code"), tr("Shift")}, this))
    , m_view(new QTableView(this))
    , m_reason(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Unfinished sales"));
    resize(940, 520);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);

    auto *heading = new QLabel(tr("Sales whose delivery was not confirmed"), this);
    heading->setProperty("textRole", QStringLiteral("title"));
    layout->addWidget(heading);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setProperty("textRole", QStringLiteral("subtitle"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *explain = new QLabel(tr("Each was paid for and its credit is stored. Finish a sale to deliver the same "
                                  "credit again and reprint its receipt; void it, with the reason, if the customer "
                                  "did not get the credit and takes the money back. Nothing is sold twice."),
                               this);
    explain->setProperty("textRole", QStringLiteral("hint"));
    explain->setWordWrap(true);
    layout->addWidget(explain);

    m_model->setRightAligned(AmountColumn);
    m_view->setObjectName(QStringLiteral("pendingView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Unfinished sales"));
    layout->addWidget(m_view, 1);

    auto *voidRow = new QHBoxLayout;
    auto *reasonLabel = new QLabel(tr("&Reason for voiding"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. the customer left without the code"));
    voidRow->addWidget(reasonLabel);
    voidRow->addWidget(m_reason, 1);
    layout->addLayout(voidRow);

    m_message->setObjectName(QStringLiteral("messageLabel"));
    // A role from the start: the padding of the roles is applied when the label is first polished.
    m_message->setProperty("textRole", QStringLiteral("notice"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_finish = buttons->addButton(tr("&Finish and reprint"), QDialogButtonBox::ActionRole);
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_finish->setToolTip(tr("Deliver the same credit again and print its receipt (Enter)"));
    m_void = buttons->addButton(tr("&Void"), QDialogButtonBox::ActionRole);
    m_void->setObjectName(QStringLiteral("voidButton"));
    m_void->setToolTip(tr("Cancel the sale and give the money back (Alt+V); the reason is required"));
    m_later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    m_later->setObjectName(QStringLiteral("laterButton"));
    m_later->setToolTip(tr("Decide later (Esc); the Top-up page reminds you while any remain"));
    m_finish->setDefault(true);
    layout->addWidget(buttons);
    connect(m_finish, &QPushButton::clicked, this, &PendingVendsDialog::finishSelected);
    connect(m_void, &QPushButton::clicked, this, &PendingVendsDialog::voidSelected);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &PendingVendsDialog::updateButtons);
    // Enter in the reason voids (and only that: not also the dialog's default button).
    m_reason->installEventFilter(this);

    reload();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PendingVendsDialog::updateButtons);
    m_view->setFocus();
}

PendingVendsDialog::~PendingVendsDialog() = default;

bool PendingVendsDialog::reload()
{
    const qint64 keep = selected() ? selected()->id : 0;
    auto pending = VendingService(m_session.db, m_session.clock, m_carriers).pending();
    if (!pending) {
        showMessage(pending.error().message, true);
        return false;
    }
    m_vends = pending.value();
    QList<QStringList> rows;
    for (const Vend &v : std::as_const(m_vends))
        rows << QStringList{SaleText::when(v.createdAt),
                            v.customerName,
                            v.accountNo + QStringLiteral(" · ") + Domain::name(v.utility),
                            SaleText::money(v.amount),
                            VendText::grouped(v.creditCode),
                            QString::number(v.shiftId)};
    m_model->setRows(rows);
    m_summary->setText(m_vends.isEmpty() ? tr("Every sale is finished or voided; nothing is waiting.")
                                         : tr("%n sale(s) must be finished or voided.", nullptr, int(m_vends.size())));
    if (!m_vends.isEmpty()) {
        selectVend(keep);
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
    }
    m_later->setText(m_vends.isEmpty() ? tr("&Close") : tr("&Later"));
    updateButtons();
    return true;
}

bool PendingVendsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reason && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            voidSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PendingVendsDialog::selectVend(qint64 vendId)
{
    for (qsizetype i = 0; i < m_vends.size(); ++i) {
        if (m_vends[i].id == vendId) {
            m_view->setCurrentIndex(m_model->index(int(i), 0));
            return;
        }
    }
}

const Vend *PendingVendsDialog::selected() const
{
    const int row = m_view->currentIndex().row();
    return row >= 0 && row < m_vends.size() ? &m_vends[row] : nullptr;
}

QString PendingVendsDialog::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void PendingVendsDialog::showMessage(const QString &message, bool error)
{
    setTextRole(m_message, error ? QStringLiteral("banner") : QStringLiteral("notice"));
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void PendingVendsDialog::updateButtons()
{
    const bool any = selected() != nullptr;
    m_finish->setEnabled(any);
    m_void->setEnabled(any && !m_reason->text().trimmed().isEmpty());
    m_reason->setEnabled(any);
    if (!any)
        m_later->setDefault(true);
    else
        m_finish->setDefault(true);
}

void PendingVendsDialog::finishSelected()
{
    const Vend *v = selected();
    if (!v)
        return;
    const qint64 id = v->id;
    VendingService vending(m_session.db, m_session.clock, m_carriers);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Operator op = m_session.op;
    auto finished = runBusy(this, tr("Asking the meter and finishing the sale…"),
                            [&vending, &op, id] { return vending.finish(op, id); });
    QGuiApplication::restoreOverrideCursor();
    if (!finished) {
        showMessage(finished.error().message, true);
        return;
    }
    if (finished->state != VendState::Delivered) {
        QString text = tr("The delivery of sale %1 could still not be confirmed; it stays pending. Try again, or "
                          "void it if the customer did not get the credit.")
                           .arg(id);
        if (const std::shared_ptr<CreditCarrier> carrier = m_carriers->byCode(finished->carrier)) {
            if (const QString why = carrier->deliveryProblem(id); !why.isEmpty())
                text = why + u' ' + text;
        }
        showMessage(text, true);
        reload();
        return;
    }
    emit vendsChanged();
    // The same credit on a reprinted receipt.
    auto reprinted = vending.reprint(m_session.op, id);
    reload();
    if (!reprinted) {
        showMessage(reprinted.error().message, true);
        return;
    }
    showMessage(tr("Sale %1 was finished: credit code %2. Its receipt is reprinted.")
                    .arg(id)
                    .arg(VendText::grouped(reprinted->creditCode)),
                false);
    if (Status s = ReceiptPreviewDialog::showForVend(m_session, reprinted.value(), m_outlet, this); !s)
        showMessage(s.error().message, true);
    m_view->setFocus();
}

void PendingVendsDialog::voidSelected()
{
    const Vend *v = selected();
    if (!v)
        return;
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        showMessage(tr("Say why the sale is voided."), true);
        m_reason->setFocus();
        return;
    }
    const qint64 id = v->id;
    const Money amount = v->amount;
    // Voiding asks the carrier first (a meter on the serial line may hold the credit).
    VendingService vending(m_session.db, m_session.clock, m_carriers);
    const Operator op = m_session.op;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto voided = runBusy(this, tr("Asking the meter and voiding the sale…"),
                          [&vending, &op, id, &reason] { return vending.voidPending(op, id, reason); });
    QGuiApplication::restoreOverrideCursor();
    if (!voided) {
        showMessage(voided.error().message, true);
        return;
    }
    m_reason->clear();
    emit vendsChanged();
    reload();
    showMessage(tr("Sale %1 was voided: give %2 back to the customer.").arg(id).arg(SaleText::money(amount)), false);
    m_view->setFocus();
}

} // namespace prepaydesk
