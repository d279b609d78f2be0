#pragma once

#include "records/Operator.h"

namespace prepaydesk {

class Clock;
class Database;

// What the windows of one logged-in operator work with, handed down explicitly (no global
// state): the open database, the clock every service uses, and who is acting.
struct Session
{
    Database &db;
    const Clock &clock;
    Operator op;
    bool demo = false;
};

} // namespace prepaydesk
