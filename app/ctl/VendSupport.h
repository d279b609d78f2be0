#pragma once

// What the commands that sell or write credit share (vend, card): opening the database for
// writing, the acting operator, the secrets on standard input, and the carriers as the console
// has them.
#include "Ctl.h"

#include "card/CardService.h"
#include "card/PrepayCardFormat.h"
#include "plugin/PluginManager.h"
#include "security/KeyVault.h"
#include "vending/CreditCarrier.h"
#include "vending/Vend.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace prepaydesk::ctl {

Database::Options writing();
void addOperatorOption(QCommandLineParser &parser);
void printVend(Ctl &ctl, const Vend &v);

// The next line of standard input (a passphrase, then a password), or nothing at its end.
std::optional<QString> stdinLine();

// What sells credit from the command line, as in the console: STS keypad meters get tokens from
// the sts plugin with keys from the vault (unlocked with --unlock-vault, the passphrase on the
// first line of standard input); IC-card meters get their credit on the card in the reader
// (--reader); every other meter a reference code.
struct Carriers
{
    PluginManager plugins;
    std::unique_ptr<KeyVault> vault;
    PrepayCardFormat cardFormat;
    std::unique_ptr<CardService> cards;
    std::shared_ptr<CarrierRegistry> registry = std::make_shared<CarrierRegistry>();
};

// --unlock-vault and --reader.
void addVaultOption(QCommandLineParser &parser);
std::unique_ptr<Carriers> carriersFor(Ctl &ctl, const QCommandLineParser &parser, Database &db);
// The --approver's operator, the password on the next line of standard input.
std::optional<Operator> approverFrom(Ctl &ctl, const QCommandLineParser &parser, Database &db);

} // namespace prepaydesk::ctl
