#ifndef DOSSIER_CZLIB_SHIM_H
#define DOSSIER_CZLIB_SHIM_H
#include <zlib.h>
#endif
