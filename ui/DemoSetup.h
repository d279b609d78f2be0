#pragma once

#include "util/Result.h"

#include <QCoreApplication>

class QWidget;

namespace prepaydesk {

class Database;

// Fills an empty demo database with DemoGenerator on a worker thread while a progress dialog
// shows how far it got; Cancel stops it and nothing is stored.
class DemoSetup
{
    Q_DECLARE_TR_FUNCTIONS(DemoSetup)
public:
    static Status generate(Database &db, int customers, QWidget *parent = nullptr);
};

} // namespace prepaydesk
