#ifndef BC_UI_H
#define BC_UI_H
#endif
