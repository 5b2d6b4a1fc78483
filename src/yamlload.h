#ifndef BC_YAMLLOAD_H
#define BC_YAMLLOAD_H
#endif
