#include "CXapian.h"
#include <xapian.h>
extern "C" const char *cxapian_version(void) { return Xapian::version_string(); }
