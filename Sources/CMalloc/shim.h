// glibc's allocator settings (mallopt), for the executable's start.
#include <malloc.h>
