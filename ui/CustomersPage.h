#pragma once

#include "Session.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class CustomersPage;
}

namespace prepaydesk {

class CustomerDetailPanel;
class CustomerSearchModel;

// Find a customer and see everything about them. The search runs as the cashier types (after
// a short pause) through CustomerSearch; the ranked results fill a lazily fetched table and
// the selected customer fills the detail panel. New / Edit / Open account / Import / Export
// start the matching dialogs; every change goes through the core services.
//
// Keyboard: focus starts in the search box; Down moves into the results, Esc goes back,
// Enter on a result edits it; Ctrl+F search, Ctrl+N new customer, Ctrl+E edit.
class CustomersPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 150;

    explicit CustomersPage(const Session &session, QWidget *parent = nullptr);
    ~CustomersPage() override;

    // Puts the text in the search box and searches at once (no typing pause).
    void searchNow(const QString &text);
    // The customer shown in the detail panel (0 when none).
    qint64 currentCustomerId() const;
    // Shows the customer: selected in the results if listed there, in the detail panel always.
    void showCustomer(qint64 customerId);

    CustomerSearchModel *searchModel() const { return m_model; }
    CustomerDetailPanel *detailPanel() const { return m_detail; }

public slots:
    void focusSearch();
    void newCustomer();
    void editCustomer();
    void openAccount();
    void importCsv();
    void exportCsv();

signals:
    // A search finished with this many hits (results are in the table).
    void searchFinished(int hits);
    // A short confirmation for the status bar ("Customer saved.").
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void currentRowChanged();
    void refreshAfterChange(qint64 customerId);
    void updateActions();
    void showMessage(const QString &message);

    const std::unique_ptr<Ui::CustomersPage> m_ui;
    const Session m_session;
    CustomerSearchModel *m_model;
    QSortFilterProxyModel *m_proxy;
    CustomerDetailPanel *m_detail;
    QTimer m_searchDelay;
};

} // namespace prepaydesk
