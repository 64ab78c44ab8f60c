#ifndef DOSSIER_CLIBXML2_SHIM_H
#define DOSSIER_CLIBXML2_SHIM_H
/// libxml2's headers include ICU's when libxml2 was built with it; ICU's types then clash
/// with the copy Foundation carries. Nothing here uses libxml2's ICU converters.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

/// Parses UTF-8 HTML with libxml2's HTML parser in recover mode, reporting to `sax` with
/// `user` as context and building no tree. The document's own charset declaration is
/// ignored (the bytes were decoded to UTF-8 already) and nothing is ever fetched.
static inline int dossier_html_sax_parse(const char *bytes, int size, htmlSAXHandlerPtr sax, void *user) {
    htmlParserCtxtPtr context = htmlCreateMemoryParserCtxt(bytes, size);
    if (context == NULL) return -1;
    xmlSAXHandlerPtr own = context->sax;
    context->sax = (xmlSAXHandlerPtr) sax;
    context->userData = user;
    htmlCtxtUseOptions(context, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                       | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
    xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8);
    int status = htmlParseDocument(context);
    context->sax = own;
    context->userData = NULL;
    htmlFreeParserCtxt(context);
    return status;
}
#endif
