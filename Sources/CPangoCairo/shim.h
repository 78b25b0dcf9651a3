#ifndef CPANGOCAIRO_SHIM_H
#define CPANGOCAIRO_SHIM_H
// Pango lays out UTF-8 text (å, ä, ö) with fontconfig fonts; cairo draws it into a PDF.
// Only the Attendance target imports this module, and no pointer leaves it.
#include <pango/pangocairo.h>
#include <cairo/cairo-pdf.h>
#endif
