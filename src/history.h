#ifndef BC_HISTORY_H
#define BC_HISTORY_H
#endif
