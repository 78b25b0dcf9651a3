#ifndef CLIBICAL_SHIM_H
#define CLIBICAL_SHIM_H
#include <libical/ical.h>
#endif
