#ifndef VISTA_CSQLITE_SHIM_H
#define VISTA_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
