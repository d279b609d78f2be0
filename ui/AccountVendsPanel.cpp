#include "AccountVendsPanel.h"

#include "ApprovalDialog.h"
#include "ReceiptPreviewDialog.h"
#include "RowTableModel.h"
#include "SaleText.h"

#include "vending/Ledger.h"
#include "vending/VendingService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace prepaydesk {

namespace {

enum Column
{
    WhenColumn,
    AmountColumn,
    CreditColumn,
    StateColumn,
    CodeColumn
};

} // namespace

AccountVendsPanel::AccountVendsPanel(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_carriers(std::make_shared<CarrierRegistry>())
    , m_model(new RowTableModel({tr("When"), tr("Amount"), tr("Credit"), tr("State"), tr("Credit code")}, this))
    , m_view(new QTableView(this))
    , m_caption(new QLabel(tr("Recent sales on this account"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *header = new QHBoxLayout;
    m_caption->setProperty("textRole", QStringLiteral("fieldLabel"));
    header->addWidget(m_caption);
    header->addStretch(1);
    m_reprint = new QPushButton(tr("&Reprint…"), this);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_reprint->setToolTip(tr("Print the selected sale's receipt again, with the same credit (Alt+R)"));
    m_reverse = new QPushButton(tr("Re&verse…"), this);
    m_reverse->setObjectName(QStringLiteral("reverseButton"));
    m_reverse->setToolTip(tr("Undo the selected delivered sale with a supervisor's approval (Alt+V)"));
    m_reprint->setAutoDefault(true);
    m_reverse->setAutoDefault(true);
    header->addWidget(m_reprint);
    header->addWidget(m_reverse);
    layout->addLayout(header);

    m_model->setRightAligned(AmountColumn);
    m_model->setRightAligned(CreditColumn);
    m_view->setObjectName(QStringLiteral("recentView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Every column as wide as its content: the code and the time must be read whole.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Recent sales on this account"));
    layout->addWidget(m_view, 1);

    connect(m_reprint, &QPushButton::clicked, this, &AccountVendsPanel::reprintSelected);
    connect(m_reverse, &QPushButton::clicked, this, &AccountVendsPanel::reverseSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccountVendsPanel::updateButtons);
    updateButtons();
}

AccountVendsPanel::~AccountVendsPanel() = default;

void AccountVendsPanel::setAccount(qint64 accountId)
{
    m_accountId = accountId;
    refresh();
}

void AccountVendsPanel::refresh()
{
    const qint64 keep = selectedVend() ? selectedVend()->id : 0;
    m_vends.clear();
    if (m_accountId != 0) {
        auto recent = VendingService(m_session.db, m_session.clock, m_carriers).ofAccount(m_accountId, 20);
        if (!recent)
            emit message(recent.error().message, true);
        else
            m_vends = recent.value();
    }
    QList<QStringList> rows;
    for (const Vend &v : std::as_const(m_vends))
        rows << QStringList{
            v.createdAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")), SaleText::money(v.amount),
            v.moneyCredit.isZero() ? SaleText::units(v.units, v.utility) : SaleText::money(v.moneyCredit),
            v.receiptPrints > 0 ? tr("%1, %n reprint(s)", nullptr, v.receiptPrints).arg(VendText::name(v.state))
                                : VendText::name(v.state),
            VendText::grouped(v.creditCode)};
    m_model->setRows(rows);
    if (keep != 0)
        selectVend(keep);
    if (!m_view->currentIndex().isValid() && !m_vends.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

void AccountVendsPanel::selectVend(qint64 vendId)
{
    for (qsizetype i = 0; i < m_vends.size(); ++i) {
        if (m_vends[i].id == vendId) {
            m_view->setCurrentIndex(m_model->index(int(i), 0));
            return;
        }
    }
}

const Vend *AccountVendsPanel::selectedVend() const
{
    const int row = m_view->currentIndex().row();
    return row >= 0 && row < m_vends.size() ? &m_vends[row] : nullptr;
}

void AccountVendsPanel::updateButtons()
{
    const Vend *v = selectedVend();
    const bool sells = Access::allows(m_session.op.role, Permission::Vend);
    m_reprint->setEnabled(sells && v && v->state == VendState::Delivered);
    m_reverse->setEnabled(sells && v && v->state == VendState::Delivered);
}

void AccountVendsPanel::reprintSelected()
{
    const Vend *v = selectedVend();
    if (!v || !m_reprint->isEnabled())
        return;
    auto reprinted = VendingService(m_session.db, m_session.clock, m_carriers).reprint(m_session.op, v->id);
    if (!reprinted) {
        emit message(reprinted.error().message, true);
        return;
    }
    refresh();
    if (Status s = ReceiptPreviewDialog::showForVend(m_session, reprinted.value(), m_outlet, this); !s)
        emit message(s.error().message, true);
}

void AccountVendsPanel::reverseSelected()
{
    const Vend *selected = selectedVend();
    if (!selected || !m_reverse->isEnabled())
        return;
    const Vend v = *selected;
    const auto energy = Money::parse(v.quote.value(QStringLiteral("energy")).toString());
    ApprovalDialog dialog(m_session, tr("Reverse sale %1").arg(v.id),
                          tr("Sale %1 of %2 to %3 is undone and the payment goes back to the customer.")
                              .arg(v.id)
                              .arg(SaleText::money(v.amount), v.customerName),
                          this);
    dialog.setObjectName(QStringLiteral("reversalApproval"));
    dialog.setReasonLabel(tr("&Reason"));
    dialog.setWaiveOption(
        tr("Credit code %1 was already given to the customer and cannot be taken back. Unless the debt is waived, "
           "its value (%2) becomes the account's debt and is recovered from the next purchases. Waiving writes it "
           "off for good, in the approver's name.")
            .arg(VendText::grouped(v.creditCode), SaleText::money(energy ? energy.value() : v.amount)));
    std::optional<Vend> reversed;
    dialog.setAction([this, &reversed, id = v.id](const Operator &approver, const QString &reason, bool waive) {
        auto r = VendingService(m_session.db, m_session.clock, m_carriers)
                     .reverse(m_session.op, approver, id, reason, waive);
        if (!r)
            return Status(r.error());
        reversed = r.value();
        return Status();
    });
    if (dialog.exec() != QDialog::Accepted || !reversed)
        return;
    refresh();
    emit vendsChanged();
    const QString approverName = dialog.approver() ? dialog.approver()->displayName : QString();
    QString text = tr("Sale %1 was reversed with %2's approval: give %3 back to the customer.")
                       .arg(v.id)
                       .arg(approverName, SaleText::money(v.amount));
    const auto debt = Ledger::balance(m_session.db, LedgerAccounts::Debt, v.accountId);
    if (debt && debt->minor() > 0)
        text += u' ' + tr("Account %1 now owes %2, recovered from its next purchases.")
                           .arg(v.accountNo, SaleText::money(debt.value()));
    emit message(text, false);
}

} // namespace prepaydesk
