#pragma once

#include <QProcess>

#include <signal.h>
#include <sys/prctl.h>

namespace prepaydesk::test {

// A helper process (pcscd, a virtual card, the meter simulator) that ends with the test process,
// even when the test crashes before its destructors run (Linux: the parent-death signal, which
// survives exec).
inline void endWithTest(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

} // namespace prepaydesk::test
