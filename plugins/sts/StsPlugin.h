#pragma once

#include "StsTokenGenerator.h"

#include <QObject>

namespace prepaydesk::sts {

// The sts driver plugin: STS (IEC 62055-41) tokens as a TokenGenerator.
class StsPlugin : public QObject, public StsTokenGenerator
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PrepayDesk_TokenGenerator_iid FILE "sts.json")
    Q_INTERFACES(prepaydesk::TokenGenerator)
};

} // namespace prepaydesk::sts
