#ifndef UPPDRAG_CLIBXML2_SHIM_H
#define UPPDRAG_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* libxml/encoding.h would pull in ICU's headers, which clash with Foundation's own copy (_FoundationICU) in any
   module that imports both. Nothing here touches the ICU fields of xmlCharEncodingHandler. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/entities.h>

/// Routes the structured errors of one parser context to `handler`, with `data` in ctxt->_private.
///
/// libxml2 only calls `sax->serror` when `sax->initialized` is XML_SAX2_MAGIC; the HTML default handler sets 1,
/// so the magic is set here too (the HTML parser itself never reads that field). Nothing is printed to stderr.
static inline void uppdrag_xml_set_error_handler(xmlParserCtxtPtr _Nonnull ctxt,
                                                 xmlStructuredErrorFunc _Nullable handler,
                                                 void *_Nullable data) {
    ctxt->_private = data;
    if (ctxt->sax != NULL) {
        ctxt->sax->initialized = XML_SAX2_MAGIC;
        ctxt->sax->serror = handler;
        ctxt->sax->warning = NULL;
        ctxt->sax->error = NULL;
    }
}

/// The `_private` pointer of a parser context, as set by uppdrag_xml_set_error_handler.
static inline void *_Nullable uppdrag_xml_ctxt_private(void *_Nullable ctxt) {
    return ctxt == NULL ? NULL : ((xmlParserCtxtPtr)ctxt)->_private;
}

/// Whether the last document parsed by `ctxt` was well-formed.
static inline int uppdrag_xml_ctxt_well_formed(xmlParserCtxtPtr _Nonnull ctxt) {
    return ctxt->wellFormed;
}

/// The Unicode code point of an HTML 4 named entity, or 0 when the name is unknown.
static inline unsigned int uppdrag_html_entity_value(const xmlChar *_Nonnull name) {
    const htmlEntityDesc *desc = htmlEntityLookup(name);
    return desc == NULL ? 0 : desc->value;
}
#endif
