#pragma once

// libFuzzer targets share this set-up: a QCoreApplication (translations,
// resources) made once before the first input.

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace {
int fuzzArgc = 1;
char fuzzName[] = "helpdesk-fuzz";
char *fuzzArgv[] = {fuzzName, nullptr};
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static QCoreApplication app(fuzzArgc, fuzzArgv);
    return 0;
}
