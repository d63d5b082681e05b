// `helpdesk-admin submit`'s JSON reader on any bytes: a report or a list of
// what is wrong, never a crash; an accepted report validates like any other.

#include "delivery/reportjson.h"
#include "fuzzcommon.h"

#include <QByteArray>

using namespace Helpdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<FieldError> errors;
    const std::optional<Report> report = ReportJson::parse(bytes, &errors);
    if (!report) {
        if (errors.isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    (void)report->validate();
    (void)report->cleaned().validate();
    return 0;
}
