#include "CustomersPage.h"
#include "ui_CustomersPage.h"

#include "CustomerDetailPanel.h"
#include "CustomerDialog.h"
#include "CustomerSearchModel.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "OpenAccountDialog.h"

#include "records/CustomerService.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardPaths>

namespace prepaydesk {

CustomersPage::CustomersPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CustomersPage>())
    , m_session(session)
    , m_model(new CustomerSearchModel(session.db, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_detail(new CustomerDetailPanel(session, this))
{
    m_ui->setupUi(this);
    m_detail->setObjectName(QStringLiteral("detailPanel"));
    m_ui->splitter->addWidget(m_detail);
    // Results above (about eight rows), the chosen customer below.
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({260, 390});
    m_ui->messageLabel->hide();
    m_ui->searchEdit->setPlaceholderText(tr("Name, pinyin (zs), phone, account, meter, card or customer no."));
    m_ui->resultLabel->setText(tr("Type to search. ↓ moves into the results, Esc comes back, Enter edits."));

    // Results: ranked order until the cashier sorts by a column (a third click restores it).
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    QTableView *view = m_ui->resultsView;
    view->setModel(m_proxy);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 14);
    QHeaderView *header = view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CustomerSearchModel::AddressColumn, QHeaderView::Stretch);
    const int em = view->fontMetrics().horizontalAdvance(u'M');
    view->setColumnWidth(CustomerSearchModel::CustomerNoColumn, 9 * em);
    view->setColumnWidth(CustomerSearchModel::NameColumn, 10 * em);
    view->setColumnWidth(CustomerSearchModel::PhoneColumn, 9 * em);
    view->setColumnWidth(CustomerSearchModel::AccountsColumn, 19 * em);
    view->setColumnWidth(CustomerSearchModel::MatchedByColumn, 14 * em);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &CustomersPage::runSearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CustomersPage::currentRowChanged);
    connect(view, &QAbstractItemView::doubleClicked, this, &CustomersPage::editCustomer);
    connect(m_model, &CustomerSearchModel::fetchFailed, this, &CustomersPage::showMessage);
    m_ui->searchEdit->installEventFilter(this);
    view->installEventFilter(this);

    connect(m_ui->newButton, &QPushButton::clicked, this, &CustomersPage::newCustomer);
    connect(m_ui->editButton, &QPushButton::clicked, this, &CustomersPage::editCustomer);
    connect(m_ui->openAccountButton, &QPushButton::clicked, this, &CustomersPage::openAccount);
    connect(m_ui->importButton, &QPushButton::clicked, this, &CustomersPage::importCsv);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CustomersPage::exportCsv);

    // Window-wide while this page is shown (a hidden page's shortcuts do not fire).
    auto shortcut = [this](const QKeySequence &keys, void (CustomersPage::*slot)()) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), &CustomersPage::focusSearch);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), &CustomersPage::newCustomer);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), &CustomersPage::editCustomer);

    setFocusProxy(m_ui->searchEdit);
    updateActions();
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void CustomersPage::searchNow(const QString &text)
{
    m_ui->searchEdit->setText(text);
    runSearch();
}

qint64 CustomersPage::currentCustomerId() const
{
    return m_detail->customerId();
}

void CustomersPage::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void CustomersPage::runSearch()
{
    m_searchDelay.stop();
    const QString query = m_ui->searchEdit->text();
    const qint64 shown = currentCustomerId();
    if (query.trimmed().isEmpty()) {
        m_model->clear();
        m_detail->clear();
        m_ui->resultLabel->setText(tr("Type to search. ↓ moves into the results, Esc comes back, Enter edits."));
        showMessage({});
        updateActions();
        emit searchFinished(0);
        return;
    }
    auto hits = CustomerSearch(m_session.db).search(query);
    if (!hits) {
        m_model->clear();
        m_detail->clear();
        showMessage(hits.error().message);
        updateActions();
        emit searchFinished(0);
        return;
    }
    showMessage({});
    m_model->setHits(hits.value());
    const int count = m_model->hitCount();
    if (count == 0)
        m_ui->resultLabel->setText(tr("No customer matches \"%1\".").arg(query.trimmed()));
    else if (count >= CustomerSearch::DefaultLimit)
        m_ui->resultLabel->setText(tr("The first %1 matches are shown; type more to narrow the search.").arg(count));
    else
        m_ui->resultLabel->setText(tr("%n customer(s) found", nullptr, count));

    // The detail panel follows the results: the customer shown before if still listed, else
    // the best match.
    QModelIndex select;
    if (const int row = m_model->rowOf(shown); row >= 0)
        select = m_proxy->mapFromSource(m_model->index(row, 0));
    else if (m_proxy->rowCount() > 0)
        select = m_proxy->index(0, 0);
    if (select.isValid()) {
        // The reset cleared the current row, so this always reloads the panel (the record may
        // have changed even when it is the same customer).
        m_ui->resultsView->setCurrentIndex(select);
        m_ui->resultsView->scrollTo(select);
    } else {
        m_detail->clear();
    }
    updateActions();
    emit searchFinished(count);
}

void CustomersPage::currentRowChanged()
{
    const QModelIndex current = m_ui->resultsView->currentIndex();
    const qint64 id = current.data(CustomerSearchModel::CustomerIdRole).toLongLong();
    if (id == 0)
        return;
    if (const Status s = m_detail->showCustomer(id); !s)
        showMessage(s.error().message);
    updateActions();
}

void CustomersPage::showCustomer(qint64 customerId)
{
    if (const int row = m_model->rowOf(customerId); row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (m_ui->resultsView->currentIndex().row() != index.row())
            m_ui->resultsView->setCurrentIndex(index);
        else
            currentRowChanged();
        return;
    }
    m_ui->resultsView->clearSelection();
    if (const Status s = m_detail->showCustomer(customerId); !s)
        showMessage(s.error().message);
    updateActions();
}

void CustomersPage::refreshAfterChange(qint64 customerId)
{
    runSearch();
    showCustomer(customerId);
}

void CustomersPage::updateActions()
{
    const Role role = m_session.op.role;
    const bool selected = currentCustomerId() != 0;
    const QString notForRole = tr("Not available to the role %1.").arg(Domain::name(role));
    auto set = [&](QPushButton *button, bool allowed, bool enabled, const QString &tip) {
        button->setEnabled(allowed && enabled);
        button->setToolTip(allowed ? tip : notForRole);
    };
    const bool edit = Access::allows(role, Permission::EditCustomers);
    set(m_ui->newButton, edit, true, tr("New customer (Ctrl+N)"));
    set(m_ui->editButton, edit, selected, tr("Edit the selected customer (Ctrl+E or Enter)"));
    set(m_ui->openAccountButton, edit, selected, tr("Open an electricity, water or gas account"));
    set(m_ui->importButton, Access::allows(role, Permission::ImportRecords), true,
        tr("Import customers, accounts and meters from a CSV file"));
    set(m_ui->exportButton, Access::allows(role, Permission::ExportRecords), true,
        tr("Export every customer to a CSV file"));
}

bool CustomersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    QTableView *view = m_ui->resultsView;
    if (watched == m_ui->searchEdit && plain) {
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_searchDelay.isActive())
                runSearch();
            [[fallthrough]];
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            if (m_proxy->rowCount() > 0) {
                if (!view->currentIndex().isValid())
                    view->setCurrentIndex(m_proxy->index(0, 0));
                view->setFocus(Qt::TabFocusReason);
            }
            return true;
        default:
            break;
        }
    } else if (watched == view && plain) {
        switch (key->key()) {
        case Qt::Key_Escape:
            focusSearch();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            editCustomer();
            return true;
        case Qt::Key_Up:
            if (view->currentIndex().row() <= 0) {
                focusSearch();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomersPage::newCustomer()
{
    if (!m_ui->newButton->isEnabled())
        return;
    CustomerDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = dialog.customerId();
    const auto created = CustomerService(m_session.db, m_session.clock).get(id);
    if (created) {
        // Show the new customer as the only result, ready for the next step.
        searchNow(created->customerNo);
        showCustomer(id);
        emit statusMessage(tr("Customer %1 (%2) was created.").arg(created->name, created->customerNo));
    }
}

void CustomersPage::editCustomer()
{
    const qint64 id = currentCustomerId();
    if (id == 0 || !m_ui->editButton->isEnabled())
        return;
    // Read it again: the dialog saves against the revision it started from.
    const auto customer = CustomerService(m_session.db, m_session.clock).get(id);
    if (!customer) {
        showMessage(customer.error().message);
        return;
    }
    CustomerDialog dialog(m_session, customer.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshAfterChange(id);
    emit statusMessage(tr("Customer %1 was saved.").arg(customer->customerNo));
}

void CustomersPage::openAccount()
{
    const auto &customer = m_detail->customer();
    if (!customer || !m_ui->openAccountButton->isEnabled())
        return;
    OpenAccountDialog dialog(m_session, *customer, m_detail->accounts(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.opened())
        return;
    const qint64 id = customer->id;
    refreshAfterChange(id);
    emit statusMessage(tr("Account %1 was opened.").arg(dialog.opened()->accountNo));
}

void CustomersPage::importCsv()
{
    if (!m_ui->importButton->isEnabled())
        return;
    ImportDialog dialog(m_session, this);
    bool changed = false;
    connect(&dialog, &ImportDialog::imported, this, [&changed] { changed = true; });
    dialog.exec();
    if (changed) {
        runSearch();
        emit statusMessage(tr("Import finished."));
    }
}

void CustomersPage::exportCsv()
{
    if (!m_ui->exportButton->isEnabled())
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/customers-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export customers"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    ExportDialog dialog(m_session, path, this);
    dialog.start();
    dialog.exec();
    if (dialog.exported())
        emit statusMessage(tr("Customers exported to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace prepaydesk
