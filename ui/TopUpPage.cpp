#include "TopUpPage.h"

#include "BusyWork.h"
#include "TextRole.h"

#include "AccountVendsPanel.h"
#include "CustomerSearchModel.h"
#include "DisplayText.h"
#include "PendingVendsDialog.h"
#include "QuoteView.h"
#include "SaleConfirmDialog.h"
#include "SaleText.h"
#include "VendResultPanel.h"

#include "records/CustomerService.h"
#include "records/MeterService.h"
#include "search/CustomerSearch.h"
#include "vending/Ledger.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace prepaydesk {

namespace {

// The look of the steps; the Theme's roles cover the rest.
const char *const pageStyle = R"(
QFrame[stepFrame="true"] { background: #ffffff; border: 1px solid #e4e7ec; border-radius: 6px; }
QFrame[stepFrame="true"][active="true"] { border: 2px solid #1d5bd6; }
QLabel[stepCaption="true"] { font-size: 11pt; font-weight: 600; color: #14213d; border: none; }
QFrame#shiftBanner { background: #fffaeb; border: 1px solid #fedf89; border-radius: 4px; }
QFrame#shiftBanner QLabel { color: #b54708; border: none; }
QFrame#pendingBanner { background: #fef3f2; border: 1px solid #fecdca; border-radius: 4px; }
QFrame#pendingBanner QLabel { color: #b42318; border: none; }
QLineEdit#amountEdit { padding: 4px 8px; }
QPushButton#sellButton { background: #1d5bd6; color: #ffffff; font-size: 13pt; font-weight: 600;
                         padding: 8px 28px; border-radius: 5px; border: 1px solid #1849a9; }
QPushButton#sellButton:focus { border: 2px solid #f5b700; }
QPushButton#sellButton:disabled { background: #d0d5dd; color: #667085; border: 1px solid #d0d5dd; }
)";

QFrame *stepFrame(const QString &caption, const char *name, QWidget *parent, QVBoxLayout **layout)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QLatin1String(name));
    frame->setProperty("stepFrame", true);
    frame->setProperty("active", false);
    auto *l = new QVBoxLayout(frame);
    l->setContentsMargins(14, 10, 14, 12);
    l->setSpacing(6);
    auto *title = new QLabel(caption, frame);
    title->setProperty("stepCaption", true);
    l->addWidget(title);
    *layout = l;
    return frame;
}

QFrame *bannerFrame(const char *name, QWidget *parent, QLabel **text, QPushButton **button, const QString &buttonText)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QLatin1String(name));
    auto *l = new QHBoxLayout(frame);
    l->setContentsMargins(10, 6, 8, 6);
    *text = new QLabel(frame);
    (*text)->setWordWrap(true);
    l->addWidget(*text, 1);
    *button = new QPushButton(buttonText, frame);
    (*button)->setAutoDefault(true);
    l->addWidget(*button);
    return frame;
}

} // namespace

TopUpPage::TopUpPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_carriers(std::make_shared<CarrierRegistry>())
    , m_searchModel(new CustomerSearchModel(session.db, this))
{
    setObjectName(QStringLiteral("topUpPage"));
    setStyleSheet(QString::fromLatin1(pageStyle));
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(16, 14, 16, 10);
    page->setSpacing(8);

    m_title = new QLabel(tr("Top-up"), this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setProperty("textRole", QStringLiteral("title"));
    page->addWidget(m_title);

    m_shiftBanner = bannerFrame("shiftBanner", this, &m_shiftText, &m_openShift, tr("Open a shift…"));
    m_shiftText->setObjectName(QStringLiteral("shiftBannerText"));
    m_openShift->setObjectName(QStringLiteral("openShiftButton"));
    m_openShift->setToolTip(tr("Go to the Shift page (Ctrl+6)"));
    connect(m_openShift, &QPushButton::clicked, this, &TopUpPage::openShiftRequested);
    page->addWidget(m_shiftBanner);
    m_pendingBanner = bannerFrame("pendingBanner", this, &m_pendingText, &m_resolvePending, tr("Resolve…"));
    m_pendingText->setObjectName(QStringLiteral("pendingBannerText"));
    m_resolvePending->setObjectName(QStringLiteral("resolvePendingButton"));
    m_resolvePending->setToolTip(tr("Finish or void the unfinished sales"));
    connect(m_resolvePending, &QPushButton::clicked, this, &TopUpPage::resolvePending);
    page->addWidget(m_pendingBanner);
    m_pendingBanner->hide();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    // A role from the start: the padding of the roles is applied when the label is first polished.
    m_message->setProperty("textRole", QStringLiteral("notice"));
    m_message->setWordWrap(true);
    m_message->hide();
    page->addWidget(m_message);

    auto *body = new QHBoxLayout;
    body->setSpacing(14);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(buildForm());
    body->addWidget(scroll, 11);

    auto *right = new QVBoxLayout;
    right->setSpacing(10);
    m_side = new QStackedWidget(this);
    m_side->addWidget(buildQuoteSide());
    m_result = new VendResultPanel(session, this);
    m_side->addWidget(m_result);
    right->addWidget(m_side, 3);
    m_recent = new AccountVendsPanel(session, this);
    m_recent->setObjectName(QStringLiteral("recentPanel"));
    right->addWidget(m_recent, 2);
    body->addLayout(right, 10);
    page->addLayout(body, 1);

    connect(m_result, &VendResultPanel::nextSaleRequested, this, &TopUpPage::newSale);
    connect(m_result, &VendResultPanel::message, this, &TopUpPage::showMessage);
    connect(m_result, &VendResultPanel::vendChanged, this, [this] {
        m_recent->refresh();
        showAccountInfo();
        refreshState();
        emit vendsChanged();
    });
    connect(m_recent, &AccountVendsPanel::message, this, &TopUpPage::showMessage);
    connect(m_recent, &AccountVendsPanel::vendsChanged, this, [this] {
        showAccountInfo();
        requote(); // a reversal changes the debt, and so the quote
        emit vendsChanged();
    });

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &TopUpPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &TopUpPage::takeFirstHit);
    connect(m_results, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        chooseCustomer(index.data(CustomerSearchModel::CustomerIdRole).toLongLong());
    });
    connect(m_accountList, &QListWidget::activated, this,
            [this](const QModelIndex &index) { chooseAccountRow(index.row()); });
    connect(m_amount, &QLineEdit::textChanged, this, [this] {
        m_message->hide();
        requote();
    });
    connect(m_byAmount, &QRadioButton::toggled, this, &TopUpPage::requote);
    for (QLineEdit *edit : {m_amount, m_tendered, m_reference, m_splitCash})
        connect(edit, &QLineEdit::returnPressed, this, &TopUpPage::sell);
    for (QLineEdit *edit : {m_tendered, m_reference, m_splitCash})
        connect(edit, &QLineEdit::textChanged, this, &TopUpPage::updatePayment);
    connect(m_method, &QButtonGroup::idToggled, this, &TopUpPage::updatePayment);
    connect(m_splitMethod, &QComboBox::currentIndexChanged, this, &TopUpPage::updatePayment);
    connect(m_sell, &QPushButton::clicked, this, &TopUpPage::sell);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now || !isAncestorOf(now) || m_step == Step::Result)
            return;
        if (m_paymentStep->isAncestorOf(now))
            setStep(Step::Payment);
        else if (m_amountStep->isAncestorOf(now))
            setStep(Step::Amount);
        else if (m_accountStep->isAncestorOf(now) && !m_accounts.isEmpty())
            setStep(Step::Account);
        else if (m_customerStep->isAncestorOf(now))
            setStep(Step::Customer);
    });

    for (QWidget *w : std::initializer_list<QWidget *>{m_search, m_results})
        w->installEventFilter(this);

    // Window-wide while this page is shown (a hidden page's shortcuts do not fire).
    auto *find = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this);
    connect(find, &QShortcut::activated, this, [this] {
        if (m_step == Step::Result)
            newSale();
        setStep(Step::Customer);
        focusCurrentStep();
    });
    auto *toggle = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_U), this);
    connect(toggle, &QShortcut::activated, this, [this] {
        if (!m_account || m_step == Step::Result)
            return;
        (m_byAmount->isChecked() ? m_byUnits : m_byAmount)->setChecked(true);
        m_amount->setFocus();
        m_amount->selectAll();
    });

    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_accountList);
    setTabOrder(m_accountList, m_byAmount);
    setTabOrder(m_byAmount, m_byUnits);
    setTabOrder(m_byUnits, m_amount);
    setTabOrder(m_amount, m_cash);
    setTabOrder(m_cash, m_card);
    setTabOrder(m_card, m_qr);
    setTabOrder(m_qr, m_split);
    setTabOrder(m_split, m_splitCash);
    setTabOrder(m_splitCash, m_splitMethod);
    setTabOrder(m_splitMethod, m_tendered);
    setTabOrder(m_tendered, m_reference);
    setTabOrder(m_reference, m_sell);
    setTabOrder(m_sell, m_recent->view());
    setFocusProxy(m_search);

    newSale();
    refreshState();
}

TopUpPage::~TopUpPage() = default;

QWidget *TopUpPage::buildForm()
{
    auto *form = new QWidget(this);
    form->setObjectName(QStringLiteral("saleForm"));
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(10);
    QVBoxLayout *l = nullptr;

    // 1 Customer.
    m_customerStep = stepFrame(tr("1  Customer"), "customerStep", form, &l);
    m_search = new QLineEdit(m_customerStep);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Name, pinyin (zs), phone, account, meter or card no."));
    m_search->setAccessibleName(tr("Find the customer"));
    m_search->setToolTip(tr("Enter takes the first match; ↓ moves into the list (Ctrl+F)"));
    m_search->setStyleSheet(QStringLiteral("QLineEdit { font-size: 12pt; padding: 5px 8px; }"));
    l->addWidget(m_search);
    m_searchHint = new QLabel(m_customerStep);
    m_searchHint->setObjectName(QStringLiteral("searchHint"));
    m_searchHint->setProperty("textRole", QStringLiteral("hint"));
    m_searchHint->setStyleSheet(QStringLiteral("border: none;"));
    l->addWidget(m_searchHint);
    m_results = new QTableView(m_customerStep);
    m_results->setObjectName(QStringLiteral("customerResults"));
    m_results->setModel(m_searchModel);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->setShowGrid(false);
    m_results->setWordWrap(false);
    m_results->setTabKeyNavigation(false);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 10);
    m_results->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setColumnHidden(CustomerSearchModel::AddressColumn, true);
    m_results->setColumnHidden(CustomerSearchModel::MatchedByColumn, true);
    m_results->setAccessibleName(tr("Matching customers"));
    const int em = m_results->fontMetrics().horizontalAdvance(u'M');
    m_results->setColumnWidth(CustomerSearchModel::CustomerNoColumn, 8 * em);
    m_results->setColumnWidth(CustomerSearchModel::NameColumn, 8 * em);
    m_results->setColumnWidth(CustomerSearchModel::PhoneColumn, 9 * em);
    m_results->setFixedHeight(m_results->verticalHeader()->defaultSectionSize() * 5 +
                              m_results->horizontalHeader()->sizeHint().height() + 4);
    l->addWidget(m_results);
    m_customerSummary = new QLabel(m_customerStep);
    m_customerSummary->setObjectName(QStringLiteral("customerSummary"));
    m_customerSummary->setWordWrap(true);
    m_customerSummary->setTextFormat(Qt::RichText);
    m_customerSummary->setStyleSheet(QStringLiteral("border: none; font-size: 12pt;"));
    l->addWidget(m_customerSummary);
    layout->addWidget(m_customerStep);

    // 2 Account.
    m_accountStep = stepFrame(tr("2  Account"), "accountStep", form, &l);
    m_accountList = new QListWidget(m_accountStep);
    m_accountList->setObjectName(QStringLiteral("accountList"));
    m_accountList->setAccessibleName(tr("The customer's accounts"));
    m_accountList->setToolTip(tr("↑/↓ choose, Enter takes the account"));
    m_accountList->setFixedHeight(m_accountList->fontMetrics().height() * 4 + 16);
    l->addWidget(m_accountList);
    m_accountInfo = new QLabel(m_accountStep);
    m_accountInfo->setObjectName(QStringLiteral("accountInfo"));
    m_accountInfo->setWordWrap(true);
    m_accountInfo->setStyleSheet(QStringLiteral("border: none;"));
    l->addWidget(m_accountInfo);
    layout->addWidget(m_accountStep);

    // 3 Amount.
    m_amountStep = stepFrame(tr("3  Amount"), "amountStep", form, &l);
    auto *mode = new QHBoxLayout;
    m_byAmount = new QRadioButton(tr("By &amount (yuan)"), m_amountStep);
    m_byAmount->setObjectName(QStringLiteral("byAmountRadio"));
    m_byAmount->setToolTip(tr("The customer says how much to pay (Ctrl+U switches)"));
    m_byUnits = new QRadioButton(tr("By u&nits"), m_amountStep);
    m_byUnits->setObjectName(QStringLiteral("byUnitsRadio"));
    m_byUnits->setToolTip(tr("The customer says how many units to buy (Ctrl+U switches)"));
    m_byAmount->setChecked(true);
    mode->addWidget(m_byAmount);
    mode->addWidget(m_byUnits);
    mode->addStretch(1);
    l->addLayout(mode);
    m_amount = new QLineEdit(m_amountStep);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setFont(SaleText::largeFont(font(), 22));
    m_amount->setMaxLength(16);
    m_amount->setPlaceholderText(QStringLiteral("0.00"));
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setToolTip(tr("Type the amount; Enter sells (after a confirmation), Esc goes back"));
    l->addWidget(m_amount);
    layout->addWidget(m_amountStep);

    // 4 Payment.
    m_paymentStep = stepFrame(tr("4  Payment"), "paymentStep", form, &l);
    auto *methods = new QHBoxLayout;
    m_method = new QButtonGroup(this);
    m_cash = new QRadioButton(tr("&Cash"), m_paymentStep);
    m_card = new QRadioButton(tr("Bank car&d"), m_paymentStep);
    m_qr = new QRadioButton(tr("&QR payment"), m_paymentStep);
    m_split = new QRadioButton(tr("S&plit"), m_paymentStep);
    m_cash->setObjectName(QStringLiteral("cashRadio"));
    m_card->setObjectName(QStringLiteral("cardRadio"));
    m_qr->setObjectName(QStringLiteral("qrRadio"));
    m_split->setObjectName(QStringLiteral("splitRadio"));
    m_split->setToolTip(tr("Part cash, the rest by bank card or QR payment"));
    m_method->addButton(m_cash, int(PaymentMethod::Cash));
    m_method->addButton(m_card, int(PaymentMethod::Card));
    m_method->addButton(m_qr, int(PaymentMethod::Qr));
    m_method->addButton(m_split, 99);
    m_cash->setChecked(true);
    for (QRadioButton *r : {m_cash, m_card, m_qr, m_split})
        methods->addWidget(r);
    methods->addStretch(1);
    l->addLayout(methods);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    m_splitCashLabel = new QLabel(tr("Cas&h part"), m_paymentStep);
    m_splitCash = new QLineEdit(m_paymentStep);
    m_splitCash->setObjectName(QStringLiteral("splitCashEdit"));
    m_splitCash->setMaxLength(16);
    m_splitCashLabel->setBuddy(m_splitCash);
    m_splitOtherLabel = new QLabel(tr("Rest b&y"), m_paymentStep);
    m_splitMethod = new QComboBox(m_paymentStep);
    m_splitMethod->setObjectName(QStringLiteral("splitMethodCombo"));
    m_splitMethod->addItem(VendText::name(PaymentMethod::Card), int(PaymentMethod::Card));
    m_splitMethod->addItem(VendText::name(PaymentMethod::Qr), int(PaymentMethod::Qr));
    m_splitOtherLabel->setBuddy(m_splitMethod);
    m_splitOther = new QLabel(m_paymentStep);
    m_splitOther->setObjectName(QStringLiteral("splitOtherLabel"));
    m_tenderedLabel = new QLabel(tr("&Tendered"), m_paymentStep);
    m_tendered = new QLineEdit(m_paymentStep);
    m_tendered->setObjectName(QStringLiteral("tenderedEdit"));
    m_tendered->setMaxLength(16);
    m_tendered->setPlaceholderText(tr("exact amount"));
    m_tendered->setToolTip(tr("The cash the customer hands over; leave empty when it is exact"));
    m_tenderedLabel->setBuddy(m_tendered);
    m_change = new QLabel(m_paymentStep);
    m_change->setObjectName(QStringLiteral("changeLabel"));
    m_referenceLabel = new QLabel(tr("Re&ference"), m_paymentStep);
    m_reference = new QLineEdit(m_paymentStep);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setMaxLength(64);
    m_reference->setPlaceholderText(tr("transaction reference on the card or QR slip"));
    m_referenceLabel->setBuddy(m_reference);
    for (QLabel *label : {m_splitCashLabel, m_splitOtherLabel, m_tenderedLabel, m_referenceLabel}) {
        label->setProperty("textRole", QStringLiteral("fieldLabel"));
        label->setStyleSheet(QStringLiteral("border: none;"));
    }
    m_splitOther->setStyleSheet(QStringLiteral("border: none;"));
    m_change->setStyleSheet(QStringLiteral("border: none;"));
    grid->addWidget(m_splitCashLabel, 0, 0);
    grid->addWidget(m_splitCash, 0, 1);
    grid->addWidget(m_splitOtherLabel, 0, 2);
    auto *other = new QHBoxLayout;
    other->addWidget(m_splitMethod);
    other->addWidget(m_splitOther, 1);
    grid->addLayout(other, 0, 3);
    grid->addWidget(m_tenderedLabel, 1, 0);
    grid->addWidget(m_tendered, 1, 1);
    grid->addWidget(m_change, 1, 2, 1, 2);
    grid->addWidget(m_referenceLabel, 2, 0);
    grid->addWidget(m_reference, 2, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    l->addLayout(grid);
    m_paymentError = new QLabel(m_paymentStep);
    m_paymentError->setObjectName(QStringLiteral("paymentError"));
    m_paymentError->setProperty("textRole", QStringLiteral("fieldError"));
    m_paymentError->setStyleSheet(QStringLiteral("border: none;"));
    m_paymentError->setWordWrap(true);
    m_paymentError->hide();
    l->addWidget(m_paymentError);
    layout->addWidget(m_paymentStep);
    layout->addStretch(1);
    return form;
}

QWidget *TopUpPage::buildQuoteSide()
{
    auto *side = new QWidget(this);
    auto *l = new QVBoxLayout(side);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(8);
    m_quoteCaption = new QLabel(side);
    m_quoteCaption->setObjectName(QStringLiteral("quoteCaption"));
    m_quoteCaption->setProperty("textRole", QStringLiteral("fieldLabel"));
    l->addWidget(m_quoteCaption);
    m_quoteView = new QuoteView(side);
    l->addWidget(m_quoteView, 1);
    auto *sellRow = new QHBoxLayout;
    m_sellHint = new QLabel(side);
    m_sellHint->setObjectName(QStringLiteral("sellHint"));
    m_sellHint->setProperty("textRole", QStringLiteral("hint"));
    m_sellHint->setWordWrap(true);
    sellRow->addWidget(m_sellHint, 1);
    m_sell = new QPushButton(tr("Sell…"), side);
    m_sell->setObjectName(QStringLiteral("sellButton"));
    m_sell->setToolTip(tr("Confirm and sell (Enter)"));
    m_sell->setAutoDefault(true);
    sellRow->addWidget(m_sell);
    l->addLayout(sellRow);
    return side;
}

VendingService TopUpPage::vending() const
{
    return VendingService(m_session.db, m_session.clock, m_carriers);
}

void TopUpPage::setCarriers(std::shared_ptr<CarrierRegistry> carriers)
{
    m_carriers = carriers ? std::move(carriers) : std::make_shared<CarrierRegistry>();
    m_result->setCarriers(m_carriers);
    m_recent->setCarriers(m_carriers);
}

void TopUpPage::setOutletName(const QString &name)
{
    m_outlet = name;
    m_result->setOutletName(name);
    m_recent->setOutletName(name);
}

std::optional<Vend> TopUpPage::resultVend() const
{
    return m_step == Step::Result ? m_result->vend() : std::nullopt;
}

QString TopUpPage::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void TopUpPage::showMessage(const QString &text, bool error)
{
    // The role first: the label's size follows the padding of its role.
    m_message->setProperty("textRole", error ? QStringLiteral("banner") : QStringLiteral("notice"));
    repolish(m_message);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void TopUpPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshState();
}

void TopUpPage::refreshState()
{
    const bool sells = Access::allows(m_session.op.role, Permission::Vend);
    m_shift.reset();
    if (sells) {
        auto shift = ShiftService(m_session.db, m_session.clock).current(m_session.op);
        if (!shift)
            showMessage(shift.error().message, true);
        else
            m_shift = shift.value();
    }
    if (!sells) {
        m_shiftText->setText(tr("Selling credit is not part of the role %1; quotes can still be worked out.")
                                 .arg(Domain::name(m_session.op.role)));
        m_openShift->hide();
    } else {
        m_shiftText->setText(tr("No shift is open: open one with the cash float before selling. Quotes can still be "
                                "worked out."));
        m_openShift->show();
    }
    m_shiftBanner->setVisible(!m_shift);

    auto pending = vending().pending();
    m_pendingCount = pending ? int(pending->size()) : 0;
    m_pendingText->setText(tr("%n sale(s) were not finished: their delivery was never confirmed. Finish or void them.",
                              nullptr, m_pendingCount));
    m_pendingBanner->setVisible(sells && m_pendingCount > 0);
    updateSellButton();
}

void TopUpPage::resolvePending()
{
    PendingVendsDialog dialog(m_session, m_carriers, this);
    dialog.setOutletName(m_outlet);
    connect(&dialog, &PendingVendsDialog::vendsChanged, this, &TopUpPage::vendsChanged);
    dialog.exec();
    refreshState();
    m_recent->refresh();
    focusCurrentStep();
}

void TopUpPage::setStep(Step step)
{
    m_step = step;
    const std::pair<QFrame *, bool> frames[] = {{m_customerStep, step == Step::Customer},
                                                {m_accountStep, step == Step::Account},
                                                {m_amountStep, step == Step::Amount},
                                                {m_paymentStep, step == Step::Payment}};
    for (const auto &[frame, active] : frames) {
        if (frame->property("active").toBool() != active) {
            frame->setProperty("active", active);
            repolish(frame);
        }
    }
    // The list of matches is what the cashier looks at while choosing; afterwards the customer.
    const bool choosing = step == Step::Customer || !m_customer;
    m_results->setVisible(choosing);
    m_searchHint->setVisible(choosing);
    m_customerSummary->setVisible(!choosing);
    updateSellButton();
}

void TopUpPage::focusCurrentStep()
{
    switch (m_step) {
    case Step::Customer:
        m_search->setFocus(Qt::OtherFocusReason);
        m_search->selectAll();
        break;
    case Step::Account:
        m_accountList->setFocus(Qt::OtherFocusReason);
        break;
    case Step::Amount:
    case Step::Payment:
        m_amount->setFocus(Qt::OtherFocusReason);
        m_amount->selectAll();
        break;
    case Step::Result:
        m_result->focusDefault();
        break;
    }
}

void TopUpPage::stepBack()
{
    switch (m_step) {
    case Step::Result:
        newSale();
        return;
    case Step::Payment:
        setStep(Step::Amount);
        break;
    case Step::Amount:
        setStep(m_accounts.size() > 1 ? Step::Account : Step::Customer);
        break;
    case Step::Account:
        setStep(Step::Customer);
        break;
    case Step::Customer:
        if (m_results->hasFocus())
            break;
        m_search->clear();
        break;
    }
    focusCurrentStep();
}

void TopUpPage::newSale()
{
    m_customer.reset();
    m_accounts.clear();
    m_account.reset();
    m_key.clear();
    m_quote.reset();
    m_searchDelay.stop();
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_searchModel->clear();
    m_searchHint->setText(tr("Enter takes the first match; ↓ moves into the list."));
    m_customerSummary->clear();
    m_accountList->clear();
    m_accountInfo->clear();
    {
        const QSignalBlocker block(m_amount);
        m_amount->clear();
    }
    m_byAmount->setChecked(true);
    m_byUnits->setText(tr("By u&nits"));
    m_cash->setChecked(true);
    m_tendered->clear();
    m_reference->clear();
    m_splitCash->clear();
    m_paymentError->hide();
    m_message->hide();
    m_recent->setAccount(0);
    m_side->setCurrentIndex(0);
    m_sell->setText(tr("Sell…"));
    for (QFrame *f : {m_customerStep, m_accountStep, m_amountStep, m_paymentStep})
        f->setEnabled(true);
    m_quoteCaption->setText(tr("Quote"));
    m_quoteView->clear(tr("Find the customer, choose the account and type the amount: the price is worked out "
                          "as you type."));
    updatePayment();
    setStep(Step::Customer);
    if (isVisible())
        focusCurrentStep();
}

void TopUpPage::runSearch()
{
    m_searchDelay.stop();
    const QString query = m_search->text();
    if (query.trimmed().isEmpty()) {
        m_searchModel->clear();
        m_searchHint->setText(tr("Enter takes the first match; ↓ moves into the list."));
        return;
    }
    auto hits = CustomerSearch(m_session.db).search(query);
    if (!hits) {
        m_searchModel->clear();
        m_searchHint->setText(hits.error().message);
        return;
    }
    m_searchModel->setHits(hits.value());
    const int count = m_searchModel->hitCount();
    m_searchHint->setText(count == 0 ? tr("No customer matches \"%1\".").arg(query.trimmed())
                                     : tr("%n customer(s) found; Enter takes the first.", nullptr, count));
    if (count > 0)
        m_results->setCurrentIndex(m_searchModel->index(0, 0));
}

void TopUpPage::takeFirstHit()
{
    if (m_searchDelay.isActive() || (m_searchModel->hitCount() == 0 && !m_search->text().trimmed().isEmpty()))
        runSearch();
    if (m_searchModel->rowCount() == 0)
        return;
    chooseCustomer(m_searchModel->customerId(0));
}

void TopUpPage::chooseFirstHitFor(const QString &text)
{
    if (m_step == Step::Result)
        newSale();
    m_search->setText(text);
    runSearch();
    takeFirstHit();
}

void TopUpPage::chooseCustomer(qint64 customerId)
{
    if (customerId == 0)
        return;
    CustomerService customers(m_session.db, m_session.clock);
    auto customer = customers.get(customerId);
    if (!customer) {
        showMessage(customer.error().message, true);
        return;
    }
    auto accounts = customers.accounts(customerId);
    if (!accounts) {
        showMessage(accounts.error().message, true);
        return;
    }
    auto meters = MeterService(m_session.db, m_session.clock).metersOfCustomer(customerId);
    if (!meters) {
        showMessage(meters.error().message, true);
        return;
    }
    const bool sameCustomer = m_customer && m_customer->id == customerId;
    m_customer = customer.value();
    m_accounts = accounts.value();
    if (!sameCustomer) {
        m_account.reset();
        m_key.clear();
        m_recent->setAccount(0);
    }

    QString summary = QStringLiteral("<b>%1</b> &nbsp;·&nbsp; %2 &nbsp;·&nbsp; %3")
                          .arg(customer->name.toHtmlEscaped(), customer->customerNo.toHtmlEscaped(),
                               customer->phone.isEmpty() ? DisplayText::none() : customer->phone.toHtmlEscaped());
    if (customer->assistElderly || customer->assistLargePrint || customer->assistHearing)
        summary += QStringLiteral("<br><span style=\"color:#b54708\">%1</span>")
                       .arg(tr("Assistance: %1").arg(DisplayText::assistance(customer.value())).toHtmlEscaped());
    m_customerSummary->setText(summary);

    m_accountList->clear();
    for (const Account &a : std::as_const(m_accounts)) {
        QString meter;
        for (const Meter &m : meters.value()) {
            if (m.accountId == a.id)
                meter = m.serial;
        }
        QString text = tr("%1 · %2 · meter %3 · %4")
                           .arg(a.accountNo, Domain::name(a.utility), meter.isEmpty() ? tr("none installed") : meter,
                                a.tariffName.isEmpty() ? tr("no tariff") : a.tariffName);
        if (a.status != AccountStatus::Active)
            text += QStringLiteral(" · ") + Domain::name(a.status);
        auto *item = new QListWidgetItem(text, m_accountList);
        item->setData(Qt::UserRole, a.id);
    }
    if (m_accounts.isEmpty()) {
        m_accountInfo->setText(tr("%1 has no account yet: open one on the Customers page.").arg(customer->name));
        m_accountInfo->setProperty("textRole", QStringLiteral("attention"));
        repolish(m_accountInfo);
        setStep(Step::Account);
        m_search->setFocus();
        return;
    }
    if (m_accounts.size() == 1) {
        chooseAccountRow(0);
        return;
    }
    int row = 0;
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_account && m_accounts[i].id == m_account->id)
            row = int(i);
    }
    m_accountList->setCurrentRow(row);
    m_accountInfo->setText(tr("%n account(s): ↑/↓ choose, Enter takes it.", nullptr, int(m_accounts.size())));
    m_accountInfo->setProperty("textRole", QStringLiteral("hint"));
    repolish(m_accountInfo);
    setStep(Step::Account);
    focusCurrentStep();
}

void TopUpPage::chooseAccount(qint64 accountId)
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts[i].id == accountId) {
            chooseAccountRow(int(i));
            return;
        }
    }
}

void TopUpPage::chooseAccountRow(int row)
{
    if (row < 0 || row >= m_accounts.size())
        return;
    const Account &a = m_accounts[row];
    if (!m_account || m_account->id != a.id) {
        // Another account: another sale.
        const QSignalBlocker block(m_amount);
        m_amount->clear();
        m_tendered->clear();
        m_reference->clear();
        m_splitCash->clear();
        m_key.clear();
    }
    m_account = a;
    // The sale starts here: its key is kept until it has a result, so that a retry after an
    // error (a timeout, a full disk) finds the same sale instead of making a second one.
    if (m_key.isEmpty())
        m_key = VendingService::newKey();
    m_accountList->setCurrentRow(row);
    m_byUnits->setText(tr("By u&nits (%1)").arg(Domain::unit(a.utility)));
    m_recent->setAccount(a.id);
    showAccountInfo();
    requote();
    setStep(Step::Amount);
    focusCurrentStep();
}

void TopUpPage::showAccountInfo()
{
    if (!m_account) {
        m_accountInfo->clear();
        return;
    }
    const auto debt = Ledger::balance(m_session.db, LedgerAccounts::Debt, m_account->id);
    QString text = tr("Tariff: %1").arg(m_account->tariffName.isEmpty() ? tr("none") : m_account->tariffName);
    if (!debt)
        text += QStringLiteral(" · ") + debt.error().message;
    else if (debt->minor() > 0)
        text +=
            QStringLiteral(" · ") + tr("Owes %1, part of which each purchase recovers.").arg(SaleText::money(*debt));
    m_accountInfo->setText(text);
    m_accountInfo->setProperty("textRole",
                               debt && debt->minor() > 0 ? QStringLiteral("attention") : QStringLiteral("hint"));
    repolish(m_accountInfo);
}

void TopUpPage::requote()
{
    m_quote.reset();
    if (!m_account) {
        updatePayment();
        return;
    }
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty()) {
        m_quoteView->clear(m_byUnits->isChecked() ? tr("Type the units the customer wants: the price is worked out as "
                                                       "you type.")
                                                  : tr("Type the amount the customer pays: the units are worked out "
                                                       "as you type."));
        updatePayment();
        return;
    }
    Result<TariffService::AccountQuote> quote = Error::invalid(QString());
    if (m_byUnits->isChecked()) {
        const auto units = SaleText::parseUnits(text);
        quote = units ? vending().quote(m_account->id, Money(), units.value())
                      : Result<TariffService::AccountQuote>(units.error());
    } else {
        const auto amount = SaleText::parseMoney(text);
        quote = amount ? vending().quote(m_account->id, amount.value())
                       : Result<TariffService::AccountQuote>(amount.error());
    }
    if (!quote) {
        m_quoteView->setError(quote.error().message);
    } else {
        m_quote = quote.value();
        m_quoteView->setQuote(m_quote->quote, m_quote->utility, m_quote->input.fixedChargeMonthsDue);
        m_quoteCaption->setText(tr("Quote · %1, prices from %2")
                                    .arg(m_quote->tariff.name.isEmpty() ? m_quote->tariff.code : m_quote->tariff.name,
                                         m_quote->version.rules.effectiveFrom.toString(Qt::ISODate)));
    }
    updatePayment();
}

bool TopUpPage::isPaymentWidget(QObject *object) const
{
    return object && m_paymentStep->isAncestorOf(qobject_cast<QWidget *>(object));
}

void TopUpPage::updatePayment()
{
    const int method = m_method->checkedId();
    const bool split = method == 99;
    const bool cash = method == int(PaymentMethod::Cash) || split;
    const bool reference = method != int(PaymentMethod::Cash);
    m_splitCashLabel->setVisible(split);
    m_splitCash->setVisible(split);
    m_splitOtherLabel->setVisible(split);
    m_splitMethod->setVisible(split);
    m_splitOther->setVisible(split);
    m_tenderedLabel->setVisible(cash);
    m_tendered->setVisible(cash);
    m_change->setVisible(cash);
    m_referenceLabel->setVisible(reference);
    m_reference->setVisible(reference);
    m_paymentError->hide();

    if (!m_quote) {
        m_change->clear();
        m_splitOther->clear();
        updateSellButton();
        return;
    }
    const Money total = m_quote->quote.paid;
    Money cashPart = total;
    if (split) {
        const auto part = SaleText::parseMoney(m_splitCash->text());
        cashPart = part ? part.value() : Money();
        m_splitOther->setText(part && part.value() < total
                                  ? tr("%1 by %2").arg(SaleText::money(total - cashPart), m_splitMethod->currentText())
                                  : tr("of %1").arg(SaleText::money(total)));
    }
    const QString tenderedText = m_tendered->text().trimmed();
    // Exact is the usual case and reads quietly; change to give and a shortfall stand out.
    const QFont quiet = SaleText::largeFont(font(), 10, false);
    const QFont loud = SaleText::largeFont(font(), 13, true);
    if (tenderedText.isEmpty()) {
        m_change->setText(tr("Exact amount, no change"));
        m_change->setFont(quiet);
        m_change->setStyleSheet(QStringLiteral("border: none; color: #667085;"));
    } else if (const auto tendered = SaleText::parseMoney(tenderedText); !tendered) {
        m_change->setText(tendered.error().message);
        m_change->setFont(quiet);
        m_change->setStyleSheet(QStringLiteral("border: none; color: #b42318;"));
    } else if (tendered.value() < cashPart) {
        m_change->setText(tr("%1 short").arg(SaleText::money(cashPart - tendered.value())));
        m_change->setFont(loud);
        m_change->setStyleSheet(QStringLiteral("border: none; color: #b42318;"));
    } else {
        m_change->setText(tr("Change due: %1").arg(SaleText::money(tendered.value() - cashPart)));
        m_change->setFont(loud);
        m_change->setStyleSheet(QStringLiteral("border: none; color: #05603a;"));
    }
    updateSellButton();
}

void TopUpPage::updateSellButton()
{
    const bool sells = Access::allows(m_session.op.role, Permission::Vend);
    QString hint;
    if (!sells)
        hint = tr("Selling is not part of your role.");
    else if (!m_shift)
        hint = tr("Open a shift to sell.");
    else if (!m_account)
        hint = tr("Choose the customer and the account.");
    else if (!m_quote)
        hint = tr("Enter an amount the tariff accepts.");
    else
        hint = tr("Enter asks for confirmation before selling.");
    m_sell->setEnabled(sells && m_shift && m_account && m_quote && m_step != Step::Result);
    m_sellHint->setText(hint);
}

Result<QList<PaymentDraft>> TopUpPage::payments() const
{
    const Money total = m_quote->quote.paid;
    const int method = m_method->checkedId();
    const bool split = method == 99;
    auto money = [](const QLineEdit *edit, const QString &field) -> Result<Money> {
        const auto m = SaleText::parseMoney(edit->text());
        if (!m)
            return Error::invalid(m.error().message, field);
        return m.value();
    };
    Money tendered;
    if (method == int(PaymentMethod::Cash) || split) {
        if (!m_tendered->text().trimmed().isEmpty()) {
            auto t = money(m_tendered, QStringLiteral("tendered"));
            if (!t)
                return t.error();
            tendered = t.value();
        }
    }
    const QString reference = m_reference->text().trimmed();
    if (method != int(PaymentMethod::Cash) && reference.isEmpty())
        return Error::invalid(tr("Type the transaction reference printed on the card or QR payment slip."),
                              QStringLiteral("reference"));
    if (method == int(PaymentMethod::Cash))
        return QList<PaymentDraft>{PaymentDraft{PaymentMethod::Cash, total, tendered, {}}};
    if (!split)
        return QList<PaymentDraft>{PaymentDraft{PaymentMethod(method), total, {}, reference}};
    auto cash = money(m_splitCash, QStringLiteral("split"));
    if (!cash)
        return cash.error();
    if (cash->minor() <= 0 || cash.value() >= total)
        return Error::invalid(
            tr("The cash part must be more than zero and less than the sale (%1).").arg(SaleText::money(total)),
            QStringLiteral("split"));
    const auto other = PaymentMethod(m_splitMethod->currentData().toInt());
    return QList<PaymentDraft>{PaymentDraft{PaymentMethod::Cash, cash.value(), tendered, {}},
                               PaymentDraft{other, total - cash.value(), {}, reference}};
}

void TopUpPage::showFieldError(const Error &error)
{
    QLineEdit *field = nullptr;
    if (error.field == QStringLiteral("tendered"))
        field = m_tendered;
    else if (error.field == QStringLiteral("reference"))
        field = m_reference;
    else if (error.field == QStringLiteral("split"))
        field = m_splitCash;
    else if (error.field == QStringLiteral("payments"))
        field = m_method->checkedId() == 99 ? m_splitCash : m_tendered;
    if (field && field->isVisible()) {
        m_paymentError->setText(error.message);
        m_paymentError->show();
        field->setFocus();
        field->selectAll();
        return;
    }
    showMessage(error.message, true);
}

void TopUpPage::sell()
{
    if (m_step == Step::Result)
        return;
    updateSellButton();
    if (!m_sell->isEnabled() || !m_quote || !m_account || !m_customer)
        return;
    const auto drafts = payments();
    if (!drafts) {
        showFieldError(drafts.error());
        return;
    }
    const TariffService::AccountQuote q = m_quote.value();
    SaleConfirmDialog::Summary summary;
    summary.customer = tr("%1 (%2)").arg(m_customer->name, m_customer->customerNo);
    summary.account = tr("%1 · %2").arg(q.accountNo, Domain::name(q.utility));
    summary.meter = q.meterSerial;
    summary.amount = SaleText::money(q.quote.paid);
    summary.credit = q.quote.moneyCredit.isZero()
                         ? SaleText::units(q.quote.units, q.utility)
                         : tr("%1 of credit in the meter").arg(SaleText::money(q.quote.moneyCredit));
    Money change;
    for (const PaymentDraft &p : drafts.value()) {
        QString text = SaleText::money(p.amount);
        if (p.method == PaymentMethod::Cash && !p.tendered.isZero() && p.tendered != p.amount) {
            text = tr("%1, tendered %2").arg(SaleText::money(p.amount), SaleText::money(p.tendered));
            change += p.tendered - p.amount;
        } else if (!p.reference.isEmpty()) {
            text = tr("%1, reference %2").arg(SaleText::money(p.amount), p.reference);
        }
        summary.payments.append({VendText::name(p.method), text});
    }
    if (change.minor() > 0)
        summary.changeDue = SaleText::money(change);

    SaleConfirmDialog confirm(summary, this);
    if (confirm.exec() != QDialog::Accepted) {
        // Back to the sale as it was; nothing was recorded.
        focusCurrentStep();
        return;
    }

    VendingService::Request request;
    request.key = m_key;
    request.accountId = q.accountId;
    request.amount = q.quote.paid;
    if (m_byUnits->isChecked())
        request.units = q.input.units;
    request.payments = drafts.value();
    // The credit may go to a meter on the serial line: off the GUI thread, with a busy dialog.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    VendingService service = vending();
    const Operator op = m_session.op;
    const auto vend = runBusy(this, tr("Recording the sale and delivering the credit…"),
                              [&service, &op, &request] { return service.vend(op, request); });
    QGuiApplication::restoreOverrideCursor();
    if (!vend) {
        // The key stays: trying again finds this sale if it was recorded after all.
        showFieldError(vend.error());
        m_sell->setText(tr("Try again…"));
        emit statusMessage(tr("The sale did not go through: %1").arg(vend.error().message));
        if (!m_paymentError->isVisible())
            focusCurrentStep();
        return;
    }
    showVend(vend.value());
}

void TopUpPage::showVend(const Vend &vend)
{
    m_key.clear();
    m_message->hide();
    m_paymentError->hide();
    m_result->showVend(vend);
    m_side->setCurrentWidget(m_result);
    // Why the credit did not arrive, as the carrier knows it (a meter that stopped answering).
    if (vend.state != VendState::Delivered) {
        if (const std::shared_ptr<CreditCarrier> carrier = m_carriers->byCode(vend.carrier)) {
            if (const QString why = carrier->deliveryProblem(vend.id); !why.isEmpty())
                showMessage(why, true);
        }
    }
    for (QFrame *f : {m_customerStep, m_accountStep, m_amountStep, m_paymentStep})
        f->setEnabled(false);
    setStep(Step::Result);
    m_recent->refresh();
    m_recent->selectVend(vend.id);
    showAccountInfo();
    refreshState();
    emit vendsChanged();
    emit statusMessage(
        vend.state == VendState::Delivered
            ? tr("Sale %1: %2 to %3, credit code %4.")
                  .arg(vend.id)
                  .arg(SaleText::money(vend.amount), vend.customerName, VendText::grouped(vend.creditCode))
            : (vend.state == VendState::Pending ? tr("Sale %1: delivery not confirmed; finish or void it.").arg(vend.id)
                                                : tr("Sale %1: %2.").arg(vend.id).arg(VendText::name(vend.state))));
    m_result->focusDefault();
}

void TopUpPage::keyPressEvent(QKeyEvent *event)
{
    const bool plain = event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    if (!plain) {
        QWidget::keyPressEvent(event);
        return;
    }
    QWidget *focus = QApplication::focusWidget();
    switch (event->key()) {
    case Qt::Key_Escape:
        // Keys the widgets did not take: Esc steps back. From the recent sales, back to the amount.
        if (focus && m_recent->isAncestorOf(focus) && m_account && m_step != Step::Result) {
            setStep(Step::Amount);
            focusCurrentStep();
        } else {
            stepBack();
        }
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Line edits and lists act on Enter themselves (returnPressed, activated); on the amount
        // and payment choices (radio buttons, the split's method) Enter sells.
        if ((m_step == Step::Amount || m_step == Step::Payment) &&
            (qobject_cast<QRadioButton *>(focus) || qobject_cast<QComboBox *>(focus) || focus == m_sell))
            sell();
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool TopUpPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    if (!plain)
        return QWidget::eventFilter(watched, event);
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            if (m_searchDelay.isActive())
                runSearch();
            if (m_searchModel->rowCount() > 0) {
                if (!m_results->currentIndex().isValid())
                    m_results->setCurrentIndex(m_searchModel->index(0, 0));
                m_results->setFocus(Qt::TabFocusReason);
            }
            return true;
        case Qt::Key_Escape:
            stepBack();
            return true;
        default:
            break;
        }
    } else if (watched == m_results) {
        switch (key->key()) {
        case Qt::Key_Escape:
            m_search->setFocus();
            m_search->selectAll();
            return true;
        case Qt::Key_Up:
            if (m_results->currentIndex().row() <= 0) {
                m_search->setFocus();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace prepaydesk
