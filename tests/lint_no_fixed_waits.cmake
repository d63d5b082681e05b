# Fails when a test file calls QTest::qWait( with a fixed delay.
# Also in the folders of one subject each (tests/admin, tests/intake) and
# their fixtures, which hold the walks the tests once held themselves.
file(GLOB_RECURSE tests "${DIR}/tst_*.cpp" "${DIR}/*testfixture.cpp" "${DIR}/*testfixture.h")
set(offenders "")
foreach(test IN LISTS tests)
    file(STRINGS "${test}" lines REGEX "qWait\\(")
    if(lines)
        list(APPEND offenders "${test}: ${lines}")
    endif()
endforeach()
if(offenders)
    message(FATAL_ERROR "Fixed waits in tests (use QTRY_* or QTest::qWaitFor):\n${offenders}")
endif()
list(LENGTH tests count)
if(count EQUAL 0)
    message(FATAL_ERROR "No test files found in ${DIR}")
endif()
message(STATUS "${count} test files, no fixed waits")
