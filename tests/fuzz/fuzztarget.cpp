#include "fuzztarget.h"

#include <cstdio>
#include <cstdlib>

namespace NetSteps::Fuzz {

void fail(const char *file, int line, const char *condition, const QString &detail)
{
    const QString message = QStringLiteral("%1:%2: property failed: %3 (%4)")
                                .arg(QString::fromUtf8(file))
                                .arg(line)
                                .arg(QString::fromUtf8(condition), detail);
#ifdef NETSTEPS_FUZZ_ENTRY
    // libFuzzer keeps the input that aborts as a crash artifact.
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    std::abort();
#else
    throw PropertyFailure(message.toStdString());
#endif
}

std::vector<std::pair<QString, Entry>> &targets()
{
    static std::vector<std::pair<QString, Entry>> registered;
    return registered;
}

} // namespace NetSteps::Fuzz
