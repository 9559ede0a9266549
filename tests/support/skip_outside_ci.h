#pragma once

#include <QtGlobal>
#include <QtTest>

// For a test that needs what only some machines allow (mounting a file
// system needs root): skipped elsewhere, but a failure where CI runs
// ($CI set), because CI's machine can, and a silent skip there would hide
// that the behaviour went untested.
#define COOPDESK_SKIP_OUTSIDE_CI(message)                                                          \
    do {                                                                                           \
        if (!qEnvironmentVariableIsEmpty("CI"))                                                    \
            QFAIL(message);                                                                        \
        QSKIP(message);                                                                            \
    } while (false)
