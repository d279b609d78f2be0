#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "CustomersPage.h"
#include "PlaceholderPage.h"

#include "storage/DatabaseCheck.h"

#include <QAction>
#include <QFrame>
#include <QLabel>

namespace prepaydesk {

MainWindow::MainWindow(const Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setWindowTitle(session.demo ? tr("PrepayDesk — demo database") : tr("PrepayDesk"));

    m_customers = new CustomersPage(session, this);
    addPage(Page::Customers, tr("Customers"), m_customers);
    addPage(Page::TopUp, tr("Top-up"),
            new PlaceholderPage(tr("Top-up"),
                                tr("Selling credit — tariff quote, payment, STS token, IC card or meter delivery, "
                                   "receipt — is coming in a later version."),
                                this));
    addPage(Page::CardsMeters, tr("Cards & meters"),
            new PlaceholderPage(tr("Cards & meters"),
                                tr("Reading and writing IC cards and programming meters over the serial line — "
                                   "relays, valves, tamper, key changes — is coming in a later version."),
                                this));
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
    addPage(Page::Shift, tr("Shift"),
            new PlaceholderPage(tr("Shift"),
                                tr("Opening and closing a shift — cash float, takings, hand-over report — is coming in "
                                   "a later version."),
                                this));
    addPage(Page::Sync, tr("Sync"),
            new PlaceholderPage(tr("Sync"),
                                tr("Enrolling this outlet and syncing with the central server — outbox, backlog, "
                                   "connection state — is coming in a later version."),
                                this));
    addPage(
        Page::Settings, tr("Settings"),
        new PlaceholderPage(tr("Settings"),
                            tr("Outlet, receipt printer, serial ports, card reader and operator settings are coming in "
                               "a later version."),
                            this));

    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_ui->pages->setCurrentIndex(row);
        if (row == int(Page::Customers))
            m_customers->focusSearch();
    });

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

    connect(m_customers, &CustomersPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });

    QLabel *who = addStatusWidget(QStringLiteral("operatorStatus"),
                                  tr("%1 · %2").arg(session.op.displayName, Domain::name(session.op.role)));
    who->setToolTip(tr("Logged in as %1").arg(session.op.username));
    addStatusWidget(QStringLiteral("shiftStatus"), tr("No shift open"));
    addStatusWidget(QStringLiteral("syncStatus"), tr("Sync: not set up"));

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

void MainWindow::showPage(Page page)
{
    m_ui->navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_ui->pages->currentIndex());
}

} // namespace prepaydesk
