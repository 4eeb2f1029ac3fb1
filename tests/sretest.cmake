# Sanitizer builds run several times slower: their tests get proportionally more time.
set(SRE_TEST_TIMEOUT_SCALE 1 CACHE STRING "Multiplies the timeout of every sre_add_test test")

# sre_add_test(NAME SOURCES... LIBS... [LABELS...] [FIXTURES...] [ENV...])
# One Qt Test executable linked against the libraries it tests; production sources are never
# compiled a second time.
function(sre_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS;FIXTURES;ENV" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} Qt6::Test)
  target_compile_definitions(${name} PRIVATE
    SRE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    SRE_BINARY_DIR="${PROJECT_BINARY_DIR}"
    # How much slower instrumented code runs: tests that bound a duration scale the bound by it.
    SRE_TEST_SLOWDOWN=${SRE_TEST_TIMEOUT_SCALE})
  sre_target_defaults(${name})
  add_test(NAME ${name} COMMAND ${name})
  set(_env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" ${ARG_ENV})
  math(EXPR _timeout "300 * ${SRE_TEST_TIMEOUT_SCALE}")
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${_env}" TIMEOUT ${_timeout})
  if(ARG_LABELS)
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
  endif()
  if(ARG_FIXTURES)
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
  endif()
endfunction()
