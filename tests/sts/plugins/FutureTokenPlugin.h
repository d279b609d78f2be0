#pragma once

// A plugin built against a TokenGenerator interface version this console does not speak (2.0).
// PluginManager must report it as incompatible from its metadata and never load it; loading it
// would set PREPAYDESK_TEST_FUTURE_LOADED.
#include <QObject>
#include <QtPlugin>

class FutureTokenGenerator
{
public:
    virtual ~FutureTokenGenerator() = default;
    virtual int futureOnly() const = 0;
};

Q_DECLARE_INTERFACE(FutureTokenGenerator, "org.prepaydesk.TokenGenerator/2.0")

class FutureTokenPlugin : public QObject, public FutureTokenGenerator
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.prepaydesk.TokenGenerator/2.0" FILE "future-token.json")
    Q_INTERFACES(FutureTokenGenerator)
public:
    int futureOnly() const override { return 2; }
};
