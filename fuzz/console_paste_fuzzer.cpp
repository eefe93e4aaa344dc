// libFuzzer target for diagnose's reader (ConsolePaste::read) and what is made of its errors.
// Besides "no crash, no undefined behaviour", it checks that each error read is read again to
// the same failure from its own message, and that a reproduction, when there is one, is a
// valid policy.
#include "core/diagnose/ConsolePaste.h"
#include "core/diagnose/Diagnosis.h"
#include "core/diagnose/DiagnosisJson.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString paste = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const ConsoleError &error : ConsolePaste::read(paste)) {
        const Diagnosis diagnosis = Diagnosis::of(error, PolicyExport::Format::FastApi);
        DiagnosisJson::toJson(diagnosis);
        // A line that hides the cause takes its failure from the lines around it.
        if (!error.failure || !error.hiddenCause.isEmpty())
            continue;
        const QList<ConsoleError> again = ConsolePaste::read(error.message);
        if (again.isEmpty() || !again.first().failure
            || again.first().failure->kind != error.failure->kind)
            std::abort();
        if (diagnosis.reproduction && !diagnosis.reproduction->policy.isValid())
            std::abort();
    }
    return 0;
}
