#pragma once

#include "Session.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace prepaydesk {

class CarrierRegistry;
class CustomersPage;
class DatabaseCheck;
class EngineerPage;
class SettingsPage;
class ShiftPage;
class TopUpPage;

// The console's frame: page navigation on the left (Ctrl+1..Ctrl+8), the pages in a stack,
// and a status bar with the operator, the shift ("Shift 12 open since 08:30", kept up to date)
// and the sync state. Each page is its own class; the selling pages share one CarrierRegistry.
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
    TopUpPage *topUpPage() const { return m_topUp; }
    ShiftPage *shiftPage() const { return m_shiftPage; }
    SettingsPage *settingsPage() const { return m_settings; }
    EngineerPage *engineerPage() const { return m_engineer; }
    // Shows the background check of the database file in the status bar while it runs.
    void setDatabaseCheck(DatabaseCheck *check);
    // The credit carriers every sale, finish and reprint goes through (tests register their own).
    void setCarriers(std::shared_ptr<CarrierRegistry> carriers);
    // The outlet's name at the top of receipts.
    void setOutletName(const QString &name);

    // Start-up recovery: when sales were left pending (the console stopped mid-sale, a meter did
    // not answer), asks the cashier to finish or void each (PendingVendsDialog); they may put it
    // off, and the Top-up page keeps a banner meanwhile. Returns how many are still pending (-1:
    // they could not be read; the Top-up page shows why).
    int resolvePendingVends();

public slots:
    // Reads the operator's open shift again for the status bar.
    void refreshShiftStatus();

private:
    void addPage(Page page, const QString &title, QWidget *widget);
    QLabel *addStatusWidget(const QString &objectName, const QString &text);

    void pageShown(int row);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    const Session m_session;
    std::shared_ptr<CarrierRegistry> m_carriers;
    QString m_outlet;
    CustomersPage *m_customers = nullptr;
    TopUpPage *m_topUp = nullptr;
    ShiftPage *m_shiftPage = nullptr;
    SettingsPage *m_settings = nullptr;
    EngineerPage *m_engineer = nullptr;
    QLabel *m_shiftStatus = nullptr;
    int m_statusWidgets = 0;
};

} // namespace prepaydesk
