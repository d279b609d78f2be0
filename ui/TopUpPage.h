#pragma once

#include "Session.h"

#include "records/Records.h"
#include "tariff/TariffService.h"
#include "vending/CreditCarrier.h"
#include "vending/ShiftService.h"
#include "vending/Vend.h"
#include "vending/VendingService.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QButtonGroup;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableView;

namespace prepaydesk {

class AccountVendsPanel;
class CustomerSearchModel;
class QuoteView;
class VendResultPanel;

// The cashier's main screen: selling credit to a customer's account, in four steps on one form
// and a result.
//   1 Customer — a search as on the Customers page (CustomerSearch ranking); Enter takes the
//     first hit.
//   2 Account — the customer's accounts; a single one is chosen at once.
//   3 Amount — money or units (Ctrl+U toggles); the quote (VendingService::quote) is worked out
//     on every keystroke and shown line by line, or the reason the amount is refused.
//   4 Payment — cash (tendered, change due; exact by default), bank card or QR with its
//     reference, or split between cash and card/QR.
// Enter anywhere in steps 3-4 asks for confirmation (SaleConfirmDialog: Enter sells, Esc goes
// back), then VendingService::vend with the sale's idempotency key, made when the account was
// chosen and kept for a retry after an error, so that a retry can never sell twice. The result
// shows the credit code large, the state (a pending sale offers Finish and Void) and the
// receipt. Esc steps back one step at every stage. Below: the account's recent sales with
// Reprint and Reverse…. Without an open shift the page says so and offers to open one; while
// unfinished sales remain, a banner offers to resolve them.
//
// A returning customer with one account: Ctrl+2, "ls", Enter, "50", Enter, Enter — 8 keys.
class TopUpPage : public QWidget
{
    Q_OBJECT
public:
    enum class Step
    {
        Customer,
        Account,
        Amount,
        Payment,
        Result
    };
    static constexpr int SearchDelayMs = 150;

    explicit TopUpPage(const Session &session, QWidget *parent = nullptr);
    ~TopUpPage() override;

    // The credit carriers sales go through (tests pass a registry with their own carrier).
    void setCarriers(std::shared_ptr<CarrierRegistry> carriers);
    void setOutletName(const QString &name);

    Step step() const { return m_step; }
    // The idempotency key of the sale under way (empty before an account is chosen and after
    // the sale's result).
    QString saleKey() const { return m_key; }
    qint64 accountId() const { return m_account ? m_account->id : 0; }
    qint64 customerId() const { return m_customer ? m_customer->id : 0; }
    const std::optional<TariffService::AccountQuote> &currentQuote() const { return m_quote; }
    // The sale shown in the result, if any.
    std::optional<Vend> resultVend() const;
    bool hasOpenShift() const { return m_shift.has_value(); }
    int pendingCount() const { return m_pendingCount; }

    QuoteView *quoteView() const { return m_quoteView; }
    VendResultPanel *resultPanel() const { return m_result; }
    AccountVendsPanel *recentPanel() const { return m_recent; }
    // The page's message line (vend errors, reversal results).
    QString messageText() const;

    // Runs the search at once (no typing pause) and chooses the first hit.
    void chooseFirstHitFor(const QString &text);
    // Chooses an account of the customer shown.
    void chooseAccount(qint64 accountId);

public slots:
    // Focus where the current step is typed into (the page was shown, a dialog closed).
    void focusCurrentStep();
    // Reads the shift and the unfinished sales again.
    void refreshState();
    // Forgets the sale and the customer: the next customer.
    void newSale();
    // Asks for confirmation, then sells.
    void sell();
    void resolvePending();

signals:
    void openShiftRequested();
    // A sale was made, finished, voided or reversed.
    void vendsChanged();
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildForm();
    QWidget *buildQuoteSide();
    void runSearch();
    void takeFirstHit();
    void chooseCustomer(qint64 customerId);
    void chooseAccountRow(int row);
    void setStep(Step step);
    void stepBack();
    void requote();
    void updatePayment();
    void updateSellButton();
    void showAccountInfo();
    Result<QList<PaymentDraft>> payments() const;
    void showMessage(const QString &text, bool error);
    void showFieldError(const Error &error);
    void showVend(const Vend &vend);
    bool isPaymentWidget(QObject *object) const;
    VendingService vending() const;

    const Session m_session;
    std::shared_ptr<CarrierRegistry> m_carriers;
    QString m_outlet;

    Step m_step = Step::Customer;
    std::optional<Customer> m_customer;
    QList<Account> m_accounts;
    std::optional<Account> m_account;
    QString m_key;
    std::optional<TariffService::AccountQuote> m_quote;
    std::optional<ShiftService::Shift> m_shift;
    int m_pendingCount = 0;
    QTimer m_searchDelay;

    CustomerSearchModel *m_searchModel;
    QLabel *m_title;
    QFrame *m_shiftBanner;
    QLabel *m_shiftText;
    QPushButton *m_openShift;
    QFrame *m_pendingBanner;
    QLabel *m_pendingText;
    QPushButton *m_resolvePending;
    QLabel *m_message;

    QFrame *m_customerStep;
    QLineEdit *m_search;
    QTableView *m_results;
    QLabel *m_searchHint;
    QLabel *m_customerSummary;
    QFrame *m_accountStep;
    QListWidget *m_accountList;
    QLabel *m_accountInfo;
    QFrame *m_amountStep;
    QRadioButton *m_byAmount;
    QRadioButton *m_byUnits;
    QLineEdit *m_amount;
    QFrame *m_paymentStep;
    QButtonGroup *m_method;
    QRadioButton *m_cash;
    QRadioButton *m_card;
    QRadioButton *m_qr;
    QRadioButton *m_split;
    QLabel *m_splitCashLabel;
    QLineEdit *m_splitCash;
    QLabel *m_splitOtherLabel;
    QComboBox *m_splitMethod;
    QLabel *m_splitOther;
    QLabel *m_tenderedLabel;
    QLineEdit *m_tendered;
    QLabel *m_change;
    QLabel *m_referenceLabel;
    QLineEdit *m_reference;
    QLabel *m_paymentError;

    QStackedWidget *m_side;
    QLabel *m_quoteCaption;
    QuoteView *m_quoteView;
    QPushButton *m_sell;
    QLabel *m_sellHint;
    VendResultPanel *m_result;
    AccountVendsPanel *m_recent;
};

} // namespace prepaydesk
