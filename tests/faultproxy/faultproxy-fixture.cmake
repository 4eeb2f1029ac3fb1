# The fault proxy (tests/faultproxy/faultproxy.py) in front of the fixture Prometheus and
# Alertmanager, as a CTest fixture named "faultproxy". For include() from
# tests/integration/CMakeLists.txt after prometheus-fixture.cmake.
#
# A test uses it like this:
#   sre_add_test(tst_x ... FIXTURES prometheus alertmanager faultproxy ENV ${SRE_TEST_FAULTPROXY_ENV})
# and reads $SRE_TEST_FAULTPROXY_PROMETHEUS_DIR/url (the proxy's URL), selecting faults with
# `faultproxy.py set --dir DIR MODE ...` or by writing DIR/fault.json itself. Each proxy exits by
# itself after an hour even if the cleanup never runs.
find_program(SRE_PYTHON3_EXECUTABLE python3 REQUIRED)
set(SRE_FAULTPROXY_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/faultproxy.py)
set(SRE_TEST_FAULTPROXY_PROMETHEUS_DIR ${CMAKE_BINARY_DIR}/fixtures/faultproxy-prometheus)
set(SRE_TEST_FAULTPROXY_ALERTMANAGER_DIR ${CMAKE_BINARY_DIR}/fixtures/faultproxy-alertmanager)
set(SRE_TEST_FAULTPROXY_ENV
    "SRE_FAULTPROXY=${SRE_FAULTPROXY_SCRIPT}"
    "SRE_TEST_FAULTPROXY_PROMETHEUS_DIR=${SRE_TEST_FAULTPROXY_PROMETHEUS_DIR}"
    "SRE_TEST_FAULTPROXY_ALERTMANAGER_DIR=${SRE_TEST_FAULTPROXY_ALERTMANAGER_DIR}")

add_test(NAME faultproxy_prometheus_start
         COMMAND ${SRE_PYTHON3_EXECUTABLE} ${SRE_FAULTPROXY_SCRIPT} start --upstream-file ${SRE_TEST_PROMETHEUS_URL_FILE}
                 --dir ${SRE_TEST_FAULTPROXY_PROMETHEUS_DIR} --lifetime 3600)
add_test(NAME faultproxy_alertmanager_start
         COMMAND ${SRE_PYTHON3_EXECUTABLE} ${SRE_FAULTPROXY_SCRIPT} start --upstream-file ${SRE_TEST_ALERTMANAGER_URL_FILE}
                 --dir ${SRE_TEST_FAULTPROXY_ALERTMANAGER_DIR} --lifetime 3600)
add_test(NAME faultproxy_prometheus_stop
         COMMAND ${SRE_PYTHON3_EXECUTABLE} ${SRE_FAULTPROXY_SCRIPT} stop --dir ${SRE_TEST_FAULTPROXY_PROMETHEUS_DIR})
add_test(NAME faultproxy_alertmanager_stop
         COMMAND ${SRE_PYTHON3_EXECUTABLE} ${SRE_FAULTPROXY_SCRIPT} stop --dir ${SRE_TEST_FAULTPROXY_ALERTMANAGER_DIR})
set_tests_properties(faultproxy_prometheus_start PROPERTIES FIXTURES_SETUP faultproxy FIXTURES_REQUIRED prometheus)
set_tests_properties(faultproxy_alertmanager_start PROPERTIES FIXTURES_SETUP faultproxy FIXTURES_REQUIRED alertmanager)
set_tests_properties(faultproxy_prometheus_stop faultproxy_alertmanager_stop PROPERTIES FIXTURES_CLEANUP faultproxy)
set_tests_properties(faultproxy_prometheus_start faultproxy_alertmanager_start faultproxy_prometheus_stop
                     faultproxy_alertmanager_stop PROPERTIES LABELS "integration;fixture" TIMEOUT 60)
