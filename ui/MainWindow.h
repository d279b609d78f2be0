#pragma once

#include "Session.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace prepaydesk {

class CustomersPage;
class DatabaseCheck;

// The console's frame: page navigation on the left (Ctrl+1..Ctrl+8), the pages in a stack,
// and a status bar with the operator, the shift and the sync state. Each page is its own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page
    {
        Customers,
        TopUp,
        CardsMeters,
        Charts,
        Alarms,
        Shift,
        Sync,
        Settings
    };
    static constexpr int PageCount = 8;

    explicit MainWindow(const Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    CustomersPage *customersPage() const { return m_customers; }
    // Shows the background check of the database file in the status bar while it runs.
    void setDatabaseCheck(DatabaseCheck *check);

private:
    void addPage(Page page, const QString &title, QWidget *widget);
    QLabel *addStatusWidget(const QString &objectName, const QString &text);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    const Session m_session;
    CustomersPage *m_customers = nullptr;
    int m_statusWidgets = 0;
};

} // namespace prepaydesk
