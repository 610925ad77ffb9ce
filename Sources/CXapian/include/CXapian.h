#ifndef UPPDRAG_CXAPIAN_H
#define UPPDRAG_CXAPIAN_H
#ifdef __cplusplus
extern "C" {
#endif
/** Version of the Xapian library linked in. */
const char *_Nonnull cxapian_version(void);
#ifdef __cplusplus
}
#endif
#endif
