#include "statediagramview.h"
