#pragma once

#include "Session.h"

#include "records/Records.h"
#include "util/Result.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

class QLabel;
class QWidget;

namespace Ui {
class CustomerDialog;
}

namespace prepaydesk {

class RegionCompleter;

// Creates or edits a customer. Every keystroke is checked with CustomerService::validate and
// the error shows under its field; Save stays disabled while there is one. Saving calls
// CustomerService::create or update(..., expectedRevision); when that fails (someone else
// saved the customer meanwhile, a number already in use, the database refused) the dialog
// shows why and stays open with everything the cashier typed.
class CustomerDialog : public QDialog
{
    Q_OBJECT
public:
    // A new customer.
    explicit CustomerDialog(const Session &session, QWidget *parent = nullptr);
    // An existing customer, as read from CustomerService::get (its revision guards the save).
    CustomerDialog(const Session &session, const Customer &customer, QWidget *parent = nullptr);
    ~CustomerDialog() override;

    CustomerDraft draft() const;
    void setDraft(const CustomerDraft &draft);
    // The saved customer's id, once accepted.
    qint64 customerId() const { return m_savedId; }
    // The fields that show an error now (CustomerService field names).
    QStringList fieldsWithErrors() const;

public slots:
    void save();

private:
    void setUp();
    void revalidate();
    void touch(const QString &field);
    QLabel *errorLabel(const QString &field) const;
    QWidget *input(const QString &field) const;

    const std::unique_ptr<Ui::CustomerDialog> m_ui;
    const Session m_session;
    std::optional<Customer> m_existing;
    RegionCompleter *m_regionCompleter = nullptr;
    qint64 m_savedId = 0;
    // Errors show for fields the cashier has edited, or for all once they try to save or when
    // an existing record is opened.
    QSet<QString> m_touched;
    bool m_showAll = false;
    // Errors from the last save attempt, by field, until that field is edited.
    QHash<QString, QString> m_saveErrors;
};

} // namespace prepaydesk
