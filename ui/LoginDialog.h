#pragma once

#include "records/Operator.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class LoginDialog;
}

namespace prepaydesk {

class Clock;
class Database;
class DatabaseCheck;

// Asks for user name and password and checks them with OperatorService::authenticate.
// Enter logs in, Esc quits. On a database without any operator who can log in, it offers to
// create the first administrator instead.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // The background check of the database file: shown while it runs (saving waits for it in
    // core); if it fails, the dialog shows why and logs nobody in.
    void setDatabaseCheck(DatabaseCheck *check);

    // Shows the demo operators' credentials (prepaydesk --demo).
    void setDemoHint(bool shown);
    void setUserName(const QString &userName);
    void setPassword(const QString &password);
    // The operator who logged in; set once the dialog is accepted.
    std::optional<Operator> loggedIn() const { return m_operator; }

public slots:
    // Checks the credentials; accepts the dialog when they are right.
    void logIn();
    void createFirstAdministrator();

private:
    void refreshSetupState();
    void showError(const QString &message);
    void showNotice(const QString &message);
    void checkFinished();

    const std::unique_ptr<Ui::LoginDialog> m_ui;
    Database &m_db;
    const Clock &m_clock;
    std::optional<Operator> m_operator;
    DatabaseCheck *m_check = nullptr;
};

} // namespace prepaydesk
