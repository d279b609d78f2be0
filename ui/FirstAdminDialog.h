#pragma once

#include "records/Operator.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class FirstAdminDialog;
}

namespace prepaydesk {

class Clock;
class Database;

// Creates the first administrator of a new database (OperatorService::add, acting as the
// system operator). Errors appear under the field they are about.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    FirstAdminDialog(Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~FirstAdminDialog() override;

    std::optional<Operator> created() const { return m_created; }

public slots:
    void create();

private:
    void clearErrors();
    QLabel *errorLabelFor(const QString &field) const;

    const std::unique_ptr<Ui::FirstAdminDialog> m_ui;
    Database &m_db;
    const Clock &m_clock;
    std::optional<Operator> m_created;
};

} // namespace prepaydesk
