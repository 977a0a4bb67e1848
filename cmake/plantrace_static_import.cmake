# plantrace_static_import(TARGET LIB [DEPS dep...]) makes TARGET an imported
# target for Debian's static archive libLIB.a (from the same -dev package as
# the shared library).
#
# Why static: the libraries only the plantrace binary uses (SQLite, RE2,
# libstemmer, Nettle, Boost.Program_options) cost every run its share of
# the dynamic loader's relocation and page faults: about 1 ms in all, a
# tenth of reading a small PDF (bench/README.md). Only the binary links them;
# the optional modules (plantrace-*.so) link none of them.
function(plantrace_static_import target lib)
  cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
  find_library(${lib}_STATIC_ARCHIVE NAMES lib${lib}.a REQUIRED)
  add_library(${target} STATIC IMPORTED GLOBAL)
  set_target_properties(${target} PROPERTIES
    IMPORTED_LOCATION ${${lib}_STATIC_ARCHIVE}
    INTERFACE_LINK_LIBRARIES "${ARG_DEPS}")
endfunction()
