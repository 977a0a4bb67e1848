include(GoogleTest)
# plantrace_test(NAME src.cc... LIBS lib...) registers a GoogleTest binary in
# one line. Tests find the source tree through PLANTRACE_SOURCE_DIR.
function(plantrace_test name)
  cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
  add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    PLANTRACE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    PLANTRACE_BINARY_DIR="${PROJECT_BINARY_DIR}")
  # The optional modules (common/plugin.h) are built in the build tree's top.
  gtest_discover_tests(${name} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                       DISCOVERY_TIMEOUT 60
                       PROPERTIES ENVIRONMENT "PLANTRACE_PLUGIN_DIR=${PROJECT_BINARY_DIR}")
endfunction()
