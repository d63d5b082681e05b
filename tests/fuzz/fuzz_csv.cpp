// The CSV importer's reader on any bytes: decode as UTF-8 (or refuse with a
// message) and read every record; it must end, never crash or hang.

#include "fuzzcommon.h"
#include "model/csv.h"

#include <QByteArray>

using namespace Helpdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<QString> text = CsvReader::decodeUtf8(bytes, &error);
    if (!text) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    for (const QChar separator : {QLatin1Char(','), QLatin1Char(';')}) {
        CsvReader reader(*text, separator);
        CsvReader::Record record;
        int previousLine = 0;
        while (reader.next(&record)) {
            if (record.line < previousLine)
                __builtin_trap(); // records come in file order
            previousLine = record.line;
        }
    }
    return 0;
}
