#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "CustomersPage.h"
#include "EngineerPage.h"
#include "PendingVendsDialog.h"
#include "PlaceholderPage.h"
#include "SettingsPage.h"
#include "ShiftPage.h"
#include "TopUpPage.h"

#include "storage/DatabaseCheck.h"
#include "util/Clock.h"
#include "vending/CreditCarrier.h"
#include "vending/ShiftService.h"
#include "vending/VendingService.h"

#include <QAction>
#include <QFrame>
#include <QLabel>
#include <QLocale>

namespace prepaydesk {

MainWindow::MainWindow(const Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_carriers(std::make_shared<CarrierRegistry>())
{
    m_ui->setupUi(this);
    setWindowTitle(session.demo ? tr("PrepayDesk — demo database") : tr("PrepayDesk"));

    m_customers = new CustomersPage(session, this);
    addPage(Page::Customers, tr("Customers"), m_customers);
    m_topUp = new TopUpPage(session, this);
    addPage(Page::TopUp, tr("Top-up"), m_topUp);
    m_engineer = new EngineerPage(session, this);
    addPage(Page::CardsMeters, tr("Cards & meters"), m_engineer);
    addPage(Page::Charts, tr("Charts"),
            new PlaceholderPage(tr("Charts"),
                                tr("Consumption and sales charts per customer and per region are coming in a later "
                                   "version."),
                                this));
    addPage(Page::Alarms, tr("Alarms"),
            new PlaceholderPage(tr("Alarms"),
                                tr("Low-balance, leak, tamper and gas alarms from the meters are coming in a later "
                                   "version."),
                                this));
    m_shiftPage = new ShiftPage(session, this);
    addPage(Page::Shift, tr("Shift"), m_shiftPage);
    addPage(Page::Sync, tr("Sync"),
            new PlaceholderPage(tr("Sync"),
                                tr("Enrolling this outlet and syncing with the central server — outbox, backlog, "
                                   "connection state — is coming in a later version."),
                                this));
    m_settings = new SettingsPage(session, this);
    addPage(Page::Settings, tr("Settings"), m_settings);

    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageShown);

    // Ctrl+1..Ctrl+8: the pages in the order of the navigation list.
    for (int i = 0; i < PageCount; ++i) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("showPage%1").arg(i + 1));
        action->setShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + i))));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
        addAction(action);
        m_ui->navigation->item(i)->setToolTip(action->shortcut().toString(QKeySequence::NativeText));
    }
    auto *quit = new QAction(tr("Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);

    auto showStatus = [this](const QString &message) { statusBar()->showMessage(message, 6000); };
    connect(m_customers, &CustomersPage::statusMessage, this, showStatus);
    connect(m_topUp, &TopUpPage::statusMessage, this, showStatus);
    connect(m_shiftPage, &ShiftPage::statusMessage, this, showStatus);
    connect(m_settings, &SettingsPage::statusMessage, this, showStatus);
    connect(m_engineer, &EngineerPage::statusMessage, this, showStatus);
    // The workbench's "Load credit": the sale of credit for that meter, on the Top-up page.
    connect(m_engineer, &EngineerPage::topUpRequested, this, [this](const QString &meterSerial) {
        showPage(Page::TopUp);
        m_topUp->chooseFirstHitFor(meterSerial);
    });
    // Unlocking or locking the vault changes what the engineer can do.
    connect(m_settings, &SettingsPage::vaultChanged, m_engineer, &EngineerPage::refresh);
    connect(m_topUp, &TopUpPage::openShiftRequested, this, [this] { showPage(Page::Shift); });
    connect(m_shiftPage, &ShiftPage::shiftChanged, this, [this] {
        refreshShiftStatus();
        m_topUp->refreshState();
    });
    connect(m_shiftPage, &ShiftPage::vendsChanged, m_topUp, &TopUpPage::refreshState);

    QLabel *who = addStatusWidget(QStringLiteral("operatorStatus"),
                                  tr("%1 · %2").arg(session.op.displayName, Domain::name(session.op.role)));
    who->setToolTip(tr("Logged in as %1").arg(session.op.username));
    m_shiftStatus = addStatusWidget(QStringLiteral("shiftStatus"), tr("No shift open"));
    addStatusWidget(QStringLiteral("syncStatus"), tr("Sync: not set up"));
    refreshShiftStatus();

    showPage(Page::Customers);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QString &title, QWidget *widget)
{
    Q_ASSERT(m_ui->pages->count() == int(page));
    Q_UNUSED(page);
    m_ui->pages->addWidget(widget);
    auto *item = new QListWidgetItem(title, m_ui->navigation);
    item->setSizeHint(QSize(0, 44));
}

QLabel *MainWindow::addStatusWidget(const QString &objectName, const QString &text)
{
    if (m_statusWidgets++ > 0) {
        auto *line = new QFrame(statusBar());
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Sunken);
        statusBar()->addPermanentWidget(line);
    }
    auto *label = new QLabel(text, statusBar());
    label->setObjectName(objectName);
    label->setProperty("textRole", QStringLiteral("status"));
    statusBar()->addPermanentWidget(label);
    return label;
}

void MainWindow::setDatabaseCheck(DatabaseCheck *check)
{
    if (!check || (check->isDone() && check->result()->ok()))
        return;
    QLabel *label = addStatusWidget(QStringLiteral("databaseStatus"), QString());
    auto show = [this, check, label] {
        if (!check->isDone()) {
            label->setText(tr("Checking the database…"));
            label->setToolTip(tr("The database file is being checked; saving is possible when this has finished."));
        } else if (check->result()->ok()) {
            label->hide();
            statusBar()->showMessage(tr("The database check has finished: the file is sound."), 6000);
        } else {
            label->setText(tr("Database damaged: nothing can be saved"));
            label->setToolTip(check->result()->error().message);
            label->setProperty("textRole", QStringLiteral("error"));
        }
    };
    show();
    connect(check, &DatabaseCheck::finished, label, show);
}

void MainWindow::pageShown(int row)
{
    if (row < 0)
        return;
    m_ui->pages->setCurrentIndex(row);
    switch (Page(row)) {
    case Page::Customers:
        m_customers->focusSearch();
        break;
    case Page::TopUp:
        m_topUp->focusCurrentStep();
        break;
    case Page::Shift:
        m_shiftPage->focusDefault();
        break;
    case Page::CardsMeters:
        m_engineer->focusDefault();
        break;
    case Page::Settings:
        m_settings->focusDefault();
        break;
    default:
        break;
    }
}

void MainWindow::setCarriers(std::shared_ptr<CarrierRegistry> carriers)
{
    m_carriers = carriers ? std::move(carriers) : std::make_shared<CarrierRegistry>();
    m_topUp->setCarriers(m_carriers);
    m_shiftPage->setCarriers(m_carriers);
    m_topUp->refreshState();
}

void MainWindow::setOutletName(const QString &name)
{
    m_outlet = name;
    m_topUp->setOutletName(name);
    m_shiftPage->setOutletName(name);
}

void MainWindow::refreshShiftStatus()
{
    auto shift = ShiftService(m_session.db, m_session.clock).current(m_session.op);
    if (!shift) {
        m_shiftStatus->setText(tr("Shift unknown"));
        m_shiftStatus->setToolTip(shift.error().message);
        return;
    }
    if (!shift.value()) {
        m_shiftStatus->setText(tr("No shift open"));
        m_shiftStatus->setToolTip(tr("Open a shift on the Shift page (Ctrl+6) before selling."));
        return;
    }
    const ShiftService::Shift &s = *shift.value();
    const QDateTime opened = s.openedAt.toLocalTime();
    const bool today = opened.date() == m_session.clock.now().toLocalTime().date();
    m_shiftStatus->setText(
        tr("Shift %1 open since %2")
            .arg(s.id)
            .arg(opened.toString(today ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_shiftStatus->setToolTip(tr("Cash float %1").arg(s.floatAmount.toDisplayString(QLocale())));
}

int MainWindow::resolvePendingVends()
{
    if (!Access::allows(m_session.op.role, Permission::Vend))
        return 0;
    auto pending = VendingService(m_session.db, m_session.clock, m_carriers).pending();
    if (!pending || pending->isEmpty())
        return pending ? 0 : -1;
    PendingVendsDialog dialog(m_session, m_carriers, this);
    dialog.setOutletName(m_outlet);
    dialog.exec();
    m_topUp->refreshState();
    refreshShiftStatus();
    if (currentPage() == Page::TopUp)
        m_topUp->focusCurrentStep();
    return dialog.remaining();
}

void MainWindow::showPage(Page page)
{
    m_ui->navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_ui->pages->currentIndex());
}

} // namespace prepaydesk
