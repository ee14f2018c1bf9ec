/* SPDX-License-Identifier: MIT */
/* decode_html_lib.h - the three libxml2 calls decode_html makes, reached through dlopen(). */
#ifndef FW_DECODE_HTML_LIB_H
#define FW_DECODE_HTML_LIB_H

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

struct html_lib {
    __typeof__(htmlReadMemory) *read_memory;
    __typeof__(xmlDocGetRootElement) *root_element;
    __typeof__(xmlFreeDoc) *free_doc;
};

/* libxml2, loaded at the first call and kept for the process's life; NULL
 * when it cannot be loaded (then HTML is read as the text it is). */
const struct html_lib *decode_html_lib(void);

#endif
