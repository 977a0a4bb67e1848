// The entry point of the PostgreSQL plugin (plantrace-postgres.so), which
// output/open_store.cc loads with dlopen only when --db is a postgresql://
// URI. Why a plugin: libpq brings some twenty shared libraries (Kerberos,
// LDAP, GnuTLS …) whose loading doubled the start-up time of every
// `plantrace` run, PostgreSQL or not (bench/extract_bench.sh).
#include "output/postgres/postgres_plugin.h"

#include "output/postgres/postgres_store.h"

extern "C" void plantrace_open_postgres_store(const std::string* uri,
                                              plantrace::Result<std::unique_ptr<plantrace::Store>>* out) {
  *out = plantrace::OpenPostgresStore(*uri);
}
