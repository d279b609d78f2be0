#include "CustomerDetailPanel.h"
#include "TextRole.h"
#include "ui_CustomerDetailPanel.h"

#include "DisplayText.h"
#include "RowTableModel.h"

#include "records/CustomerService.h"
#include "records/MeterService.h"
#include "records/RegionService.h"

#include <QHeaderView>
#include <QStyle>

namespace prepaydesk {

CustomerDetailPanel::CustomerDetailPanel(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CustomerDetailPanel>())
    , m_session(session)
    , m_accountsModel(
          new RowTableModel({tr("Account no."), tr("Utility"), tr("Tariff"), tr("Status"), tr("Opened")}, this))
    , m_metersModel(new RowTableModel({tr("Serial"), tr("Utility"), tr("Carrier"), tr("Model"), tr("Status"),
                                       tr("Purchases"), tr("STS keys / card")},
                                      this))
    , m_eventsModel(new RowTableModel(
          {tr("When"), tr("Event"), tr("Meter"), tr("Account"), tr("Register"), tr("By"), tr("Details")}, this))
    , m_historyModel(new RowTableModel({tr("When"), tr("Who"), tr("What"), tr("Changes")}, this))
{
    m_ui->setupUi(this);
    m_ui->headerGrid->setColumnStretch(1, 1);
    m_metersModel->setRightAligned(5);
    m_eventsModel->setRightAligned(4);
    setUpTable(m_ui->accountsView, m_accountsModel);
    setUpTable(m_ui->metersView, m_metersModel);
    setUpTable(m_ui->meterEventsView, m_eventsModel, true);
    setUpTable(m_ui->historyView, m_historyModel, true);
    clear();
}

CustomerDetailPanel::~CustomerDetailPanel() = default;

void CustomerDetailPanel::setUpTable(QTableView *view, RowTableModel *model, bool multiLine)
{
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(multiLine);
    view->setTextElideMode(multiLine ? Qt::ElideNone : Qt::ElideRight);
    if (multiLine) {
        model->setTopAligned(true);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
}

void CustomerDetailPanel::fitColumns(QTableView *view)
{
    view->resizeColumnsToContents();
    // Long free text (notes, addresses) should not push the other columns out of sight.
    for (int c = 0; c < view->model()->columnCount() - 1; ++c)
        view->setColumnWidth(c, qMin(view->columnWidth(c), 260));
}

void CustomerDetailPanel::clear()
{
    m_customer.reset();
    m_accounts.clear();
    m_accountsModel->clear();
    m_metersModel->clear();
    m_eventsModel->clear();
    m_historyModel->clear();
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
}

Status CustomerDetailPanel::reload()
{
    return m_customer ? showCustomer(m_customer->id) : Status();
}

Status CustomerDetailPanel::showCustomer(qint64 customerId)
{
    CustomerService customers(m_session.db, m_session.clock);
    MeterService meters(m_session.db, m_session.clock);
    auto customer = customers.get(customerId);
    auto accounts = customers.accounts(customerId);
    auto installed = meters.metersOfCustomer(customerId);
    auto events = meters.eventsOfCustomer(customerId);
    auto history = customers.history(customerId);
    for (const Error *e : {customer ? nullptr : &customer.error(), accounts ? nullptr : &accounts.error(),
                           installed ? nullptr : &installed.error(), events ? nullptr : &events.error(),
                           history ? nullptr : &history.error()}) {
        if (e) {
            clear();
            return *e;
        }
    }

    const Customer &c = customer.value();
    m_customer = c;
    m_accounts = accounts.value();
    const QString none = DisplayText::none();
    auto orNone = [&none](const QString &s) { return s.isEmpty() ? none : s; };
    m_ui->nameValue->setText(c.name);
    m_ui->customerNoValue->setText(c.customerNo);
    m_ui->phoneValue->setText(orNone(c.phone));
    m_ui->idNumberValue->setText(DisplayText::maskedIdNumber(c.idNumber));
    m_ui->idNumberValue->setToolTip(tr("Only the last four characters are shown."));
    m_ui->categoryValue->setText(Domain::name(c.category));
    m_ui->addressValue->setText(orNone(c.address));
    m_ui->regionValue->setText(orNone(RegionService::formatPath(c.regionPath)));
    m_ui->assistanceValue->setText(DisplayText::assistance(c));
    // Assistance needs change how the counter serves the customer: make them stand out.
    const bool needsHelp = c.assistElderly || c.assistLargePrint || c.assistHearing;
    setTextRole(m_ui->assistanceValue, needsHelp ? QStringLiteral("attention") : QStringLiteral("value"));
    m_ui->languageValue->setText(DisplayText::language(c.preferredLanguage));
    m_ui->updatedValue->setText(tr("%1 by %2").arg(DisplayText::dateTime(c.updatedAt), c.updatedBy));

    QList<QStringList> rows;
    for (const Account &a : std::as_const(m_accounts)) {
        rows << QStringList{a.accountNo, Domain::name(a.utility), orNone(a.tariffName), Domain::name(a.status),
                            DisplayText::date(a.createdAt)};
    }
    m_accountsModel->setRows(rows);

    rows.clear();
    for (const Meter &m : installed.value()) {
        rows << QStringList{m.serial,
                            Domain::name(m.utility),
                            Domain::name(m.carrier),
                            orNone(m.model),
                            Domain::name(m.status),
                            QString::number(m.purchaseCount),
                            DisplayText::meterKeys(m)};
    }
    m_metersModel->setRows(rows);

    rows.clear();
    for (const MeterEvent &e : events.value()) {
        // The register is read in the unit of the meter's utility; the event names the meter only.
        std::optional<Utility> utility;
        for (const Account &a : std::as_const(m_accounts)) {
            if (a.accountNo == e.accountNo || a.accountNo == e.fromAccountNo)
                utility = a.utility;
        }
        // A transfer moves the meter between accounts: "from → to".
        QString account = orNone(e.accountNo);
        if (e.accountNo.isEmpty() && !e.fromAccountNo.isEmpty())
            account = e.fromAccountNo; // removed from that account
        else if (!e.fromAccountNo.isEmpty() && e.fromAccountNo != e.accountNo)
            account = tr("%1 → %2").arg(e.fromAccountNo, e.accountNo);
        QStringList details;
        if (!e.relatedMeterSerial.isEmpty()) {
            switch (e.kind) {
            case MeterEventKind::Replace:
                details << tr("replaces %1").arg(e.relatedMeterSerial);
                break;
            case MeterEventKind::Remove:
                details << tr("replaced by %1").arg(e.relatedMeterSerial);
                break;
            default:
                details << tr("with %1").arg(e.relatedMeterSerial);
                break;
            }
        }
        if (!e.note.isEmpty())
            details << e.note;
        rows << QStringList{DisplayText::dateTime(e.at),
                            Domain::name(e.kind),
                            e.meterSerial,
                            account,
                            DisplayText::registerReading(e.registerMilli, utility.value_or(Utility::Electricity)),
                            e.operatorName,
                            details.join(u'\n')};
    }
    m_eventsModel->setRows(rows);

    rows.clear();
    for (const ChangeLog::Entry &entry : history.value()) {
        rows << QStringList{DisplayText::dateTime(entry.at), entry.operatorName, DisplayText::changeAction(entry),
                            DisplayText::changeDetails(entry)};
    }
    m_historyModel->setRows(rows);

    m_ui->tabs->setTabText(0, tr("Accounts (%1)").arg(m_accounts.size()));
    m_ui->tabs->setTabText(1, tr("Meters (%1)").arg(installed.value().size()));
    m_ui->tabs->setTabText(2, tr("Meter history (%1)").arg(events.value().size()));
    m_ui->tabs->setTabText(3, tr("Change history (%1)").arg(history.value().size()));
    for (QTableView *view : {m_ui->accountsView, m_ui->metersView, m_ui->meterEventsView, m_ui->historyView})
        fitColumns(view);
    m_ui->stack->setCurrentWidget(m_ui->detailPage);
    return {};
}

} // namespace prepaydesk
