/* Plain C API over libxapian. Every function catches all C++ exceptions and reports them through
 * cxapian_error; nothing thrown by Xapian ever crosses into the caller. Handles are opaque and owned by
 * exactly one caller, who frees them with the matching _free function. Strings returned through out
 * parameters are malloc'd by the shim and released with cxapian_free_string. */
#ifndef UPPDRAG_CXAPIAN_H
#define UPPDRAG_CXAPIAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Error classes, from the Xapian exception type (or the C++ standard exception) that was caught. */
typedef enum cxapian_code {
    CXAPIAN_OK = 0,
    CXAPIAN_ERROR = 1,            /* any other Xapian::Error or std::exception */
    CXAPIAN_LOCKED = 2,           /* DatabaseLockError: another writer holds the lock */
    CXAPIAN_OPENING = 3,          /* DatabaseOpeningError / DatabaseNotFoundError */
    CXAPIAN_MODIFIED = 4,         /* DatabaseModifiedError: reopen and retry */
    CXAPIAN_CORRUPT = 5,          /* DatabaseCorruptError */
    CXAPIAN_QUERY = 6,            /* QueryParserError */
    CXAPIAN_VERSION = 7,          /* DatabaseVersionError */
    CXAPIAN_IO = 8,               /* DatabaseError other than the above: I/O, disk full */
    CXAPIAN_INVALID = 9,          /* InvalidArgumentError, InvalidOperationError, RangeError */
    CXAPIAN_NO_MEMORY = 10,       /* std::bad_alloc */
    CXAPIAN_NETWORK = 11,         /* NetworkError: a remote shard is unreachable */
    CXAPIAN_UNKNOWN = 12          /* something that is not a std::exception */
} cxapian_code;

/** Status of a call: code plus a message naming the Xapian error type. */
typedef struct cxapian_error {
    int code;
    char message[1024];
} cxapian_error;

typedef struct cxapian_database cxapian_database;
typedef struct cxapian_writer cxapian_writer;
typedef struct cxapian_document cxapian_document;
typedef struct cxapian_indexer cxapian_indexer;
typedef struct cxapian_query cxapian_query;
typedef struct cxapian_results cxapian_results;

/** Frees a string the shim returned. */
void cxapian_free_string(char *_Nullable string);

/* ---- Documents and term generation ---- */

/** Creates an empty Xapian::Document. */
cxapian_document *_Nullable cxapian_document_new(cxapian_error *_Nonnull error);
/** Frees a document. */
void cxapian_document_free(cxapian_document *_Nullable document);
/** Document::set_data with (pointer, length) bytes. */
int cxapian_document_set_data(cxapian_document *_Nonnull document, const char *_Nonnull data, size_t length,
                              cxapian_error *_Nonnull error);
/** Document::add_boolean_term; terms over Xapian's 245-byte limit are refused with CXAPIAN_INVALID. */
int cxapian_document_add_boolean_term(cxapian_document *_Nonnull document, const char *_Nonnull term, size_t length,
                                      cxapian_error *_Nonnull error);
/** Document::add_term with a wdf increment (for non-positional terms such as compound parts). */
int cxapian_document_add_term(cxapian_document *_Nonnull document, const char *_Nonnull term, size_t length,
                              unsigned wdf, cxapian_error *_Nonnull error);
/** Document::add_value. */
int cxapian_document_add_value(cxapian_document *_Nonnull document, unsigned slot, const char *_Nonnull value,
                               size_t length, cxapian_error *_Nonnull error);

/** Creates a TermGenerator with the Snowball stemmer of `language` ("swedish") and the given stop words
 *  (NUL-separated list, may be empty); stemmed terms get the Z prefix as in Omega. */
cxapian_indexer *_Nullable cxapian_indexer_new(const char *_Nonnull language, const char *_Nonnull stopwords,
                                               size_t stopwords_length, cxapian_error *_Nonnull error);
/** Frees an indexer. */
void cxapian_indexer_free(cxapian_indexer *_Nullable indexer);
/** TermGenerator::set_document: later index_text calls add to `document`. */
int cxapian_indexer_set_document(cxapian_indexer *_Nonnull indexer, cxapian_document *_Nonnull document,
                                 cxapian_error *_Nonnull error);
/** TermGenerator::index_text with positions (or without, when positions is 0), a wdf increment and a prefix. */
int cxapian_indexer_index_text(cxapian_indexer *_Nonnull indexer, const char *_Nonnull text, size_t length,
                               unsigned wdf_inc, const char *_Nonnull prefix, int positions,
                               cxapian_error *_Nonnull error);
/** TermGenerator::increase_termpos, so phrases do not match across fields. */
int cxapian_indexer_increase_termpos(cxapian_indexer *_Nonnull indexer, unsigned delta, cxapian_error *_Nonnull error);

/* ---- Writing ---- */

/** Opens a WritableDatabase, creating it when `create` is non-zero (DB_CREATE_OR_OPEN, else DB_OPEN);
 *  CXAPIAN_LOCKED when another writer holds it. */
cxapian_writer *_Nullable cxapian_writer_open(const char *_Nonnull path, int create, cxapian_error *_Nonnull error);

/** Database::compact of the database at `source` into the new folder `destination`, keeping document ids
 *  (DBCOMPACT_NO_RENUMBER). Returns 0, or -1 with the error set. */
int cxapian_compact(const char *_Nonnull source, const char *_Nonnull destination, cxapian_error *_Nonnull error);
/** Frees a writer. An open transaction is cancelled (as ~WritableDatabase does), never committed. */
void cxapian_writer_free(cxapian_writer *_Nullable writer);
/** WritableDatabase::begin_transaction(flushed = true). */
int cxapian_writer_begin(cxapian_writer *_Nonnull writer, cxapian_error *_Nonnull error);
/** WritableDatabase::commit_transaction. */
int cxapian_writer_commit_transaction(cxapian_writer *_Nonnull writer, cxapian_error *_Nonnull error);
/** WritableDatabase::cancel_transaction. */
int cxapian_writer_cancel_transaction(cxapian_writer *_Nonnull writer, cxapian_error *_Nonnull error);
/** WritableDatabase::close (commits pending changes outside a transaction). */
int cxapian_writer_close(cxapian_writer *_Nonnull writer, cxapian_error *_Nonnull error);
/** Adds `unique_term` to the document, then WritableDatabase::replace_document(unique_term, document);
 *  returns the docid, 0 on error. */
unsigned cxapian_writer_replace(cxapian_writer *_Nonnull writer, const char *_Nonnull unique_term, size_t length,
                                cxapian_document *_Nonnull document, cxapian_error *_Nonnull error);
/** Adds `unique_term` to the document, then WritableDatabase::add_document: for documents known to be new
 *  (no lookup of the term); returns the docid, 0 on error. */
unsigned cxapian_writer_add(cxapian_writer *_Nonnull writer, const char *_Nonnull unique_term, size_t length,
                            cxapian_document *_Nonnull document, cxapian_error *_Nonnull error);
/** Adds `unique_term` to the document, then WritableDatabase::replace_document(docid): stores a new document
 *  under a docid the caller chose; returns the docid, 0 on error. */
unsigned cxapian_writer_add_at(cxapian_writer *_Nonnull writer, const char *_Nonnull unique_term, size_t length,
                               cxapian_document *_Nonnull document, unsigned docid, cxapian_error *_Nonnull error);
/** Database::get_lastdocid as the writer sees it; 0 for an empty database or on error. */
unsigned cxapian_writer_last_docid(cxapian_writer *_Nonnull writer, cxapian_error *_Nonnull error);
/** WritableDatabase::delete_document(term): every document indexed by `term`. */
int cxapian_writer_delete_term(cxapian_writer *_Nonnull writer, const char *_Nonnull term, size_t length,
                               cxapian_error *_Nonnull error);
/** WritableDatabase::set_metadata; an empty value deletes the key. */
int cxapian_writer_set_metadata(cxapian_writer *_Nonnull writer, const char *_Nonnull key, size_t key_length,
                                const char *_Nonnull value, size_t value_length, cxapian_error *_Nonnull error);
/** The writer's view as a read handle for metadata and term lookups (shares the writer; free it separately,
 *  before the writer). */
cxapian_database *_Nullable cxapian_writer_database(cxapian_writer *_Nonnull writer, cxapian_error *_Nonnull error);

/** The process id holding the write lock of the index at `path` (from fcntl F_GETLK on its lock file),
 *  0 when unknown or not locked. */
long cxapian_lock_holder(const char *_Nonnull path);

/* ---- Reading ---- */

/** Opens a Database: a directory, a stub database file listing shards, or remote shards through a stub. */
cxapian_database *_Nullable cxapian_database_open(const char *_Nonnull path, cxapian_error *_Nonnull error);
/** Adds the TCP remote database host:port as one more shard (Xapian::Remote::open). */
int cxapian_database_add_remote(cxapian_database *_Nonnull database, const char *_Nonnull host, unsigned port,
                                unsigned timeout_ms, cxapian_error *_Nonnull error);
/** Adds the database at `path` as one more shard. */
int cxapian_database_add_local(cxapian_database *_Nonnull database, const char *_Nonnull path,
                               cxapian_error *_Nonnull error);
/** Creates an empty Database to which shards are added. */
cxapian_database *_Nullable cxapian_database_new_empty(cxapian_error *_Nonnull error);
/** Frees a database. */
void cxapian_database_free(cxapian_database *_Nullable database);
/** Database::reopen, to see the latest committed state: 1 when a newer revision was opened, 0 when there was none,
 * -1 on error. */
int cxapian_database_reopen(cxapian_database *_Nonnull database, cxapian_error *_Nonnull error);
/** Database::get_doccount. */
unsigned cxapian_database_doccount(cxapian_database *_Nonnull database, cxapian_error *_Nonnull error);
/** Database::get_termfreq. */
unsigned cxapian_database_termfreq(cxapian_database *_Nonnull database, const char *_Nonnull term, size_t length,
                                   cxapian_error *_Nonnull error);
/** Database::get_metadata into a malloc'd string (*value, *length); an absent key gives "". */
int cxapian_database_metadata(cxapian_database *_Nonnull database, const char *_Nonnull key, size_t key_length,
                              char *_Nullable *_Nonnull value, size_t *_Nonnull length,
                              cxapian_error *_Nonnull error);
/** Calls `visit` for every metadata key starting with `prefix` (with its value); stops when visit returns non-zero. */
int cxapian_database_metadata_keys(cxapian_database *_Nonnull database, const char *_Nonnull prefix, size_t length,
                                   int (*_Nonnull visit)(void *_Nullable context, const char *_Nonnull key,
                                                         size_t key_length, const char *_Nonnull value,
                                                         size_t value_length),
                                   void *_Nullable context, cxapian_error *_Nonnull error);
/** Calls `visit` for every term starting with `prefix`, with its document frequency. */
int cxapian_database_terms(cxapian_database *_Nonnull database, const char *_Nonnull prefix, size_t length,
                           int (*_Nonnull visit)(void *_Nullable context, const char *_Nonnull term, size_t length,
                                                 unsigned frequency),
                           void *_Nullable context, cxapian_error *_Nonnull error);
/** The data of the first document indexed by `term`; *found is 0 when there is none. */
int cxapian_database_data_for_term(cxapian_database *_Nonnull database, const char *_Nonnull term, size_t length,
                                   char *_Nullable *_Nonnull data, size_t *_Nonnull data_length,
                                   int *_Nonnull found, cxapian_error *_Nonnull error);

/* ---- Queries ---- */

/** How the query parser reads one field prefix ("agency:" → "XA", boolean or free text). */
typedef struct cxapian_field {
    const char *_Nonnull name;
    const char *_Nonnull prefix;
    int boolean;
} cxapian_field;

/** A range field ("issued:2015..2016") over a value slot holding YYYYMMDD. */
typedef struct cxapian_range_field {
    const char *_Nonnull name;
    unsigned slot;
} cxapian_range_field;

/** Parses a user query with the Swedish stemmer (Z terms, STEM_SOME), stop words, boolean operators,
 *  phrases, wildcards, synonyms, spelling correction, the given fields and date ranges. An empty or
 *  all-blank query matches every document. *corrected receives a spelling suggestion ("" if none). */
cxapian_query *_Nullable cxapian_query_parse(cxapian_database *_Nonnull database, const char *_Nonnull text,
                                             size_t length, const char *_Nonnull language,
                                             const char *_Nonnull stopwords, size_t stopwords_length,
                                             const cxapian_field *_Nullable fields, size_t field_count,
                                             const cxapian_range_field *_Nullable ranges, size_t range_count,
                                             char *_Nullable *_Nonnull corrected, cxapian_error *_Nonnull error);
/** Frees a query. */
void cxapian_query_free(cxapian_query *_Nullable query);
/** query = query FILTER (t1 OR t2 OR …); with no terms nothing changes. */
int cxapian_query_filter_any(cxapian_query *_Nonnull query, const char *_Nonnull const *_Nonnull terms,
                             const size_t *_Nonnull lengths, size_t count, cxapian_error *_Nonnull error);
/** query = query AND_NOT (t1 OR t2 OR …). */
int cxapian_query_exclude_any(cxapian_query *_Nonnull query, const char *_Nonnull const *_Nonnull terms,
                              const size_t *_Nonnull lengths, size_t count, cxapian_error *_Nonnull error);
/** query = query FILTER (lower <= value(slot) <= upper), string order; an empty bound is open. */
int cxapian_query_filter_range(cxapian_query *_Nonnull query, unsigned slot, const char *_Nonnull lower,
                               const char *_Nonnull upper, cxapian_error *_Nonnull error);

/** Runs Enquire::get_mset. sort_slot < 0 sorts by relevance, else by that value (then relevance);
 *  facet_slots are counted over the whole matching set with Xapian's ValueCountMatchSpy (which remote
 *  databases support);
 *  exact_count makes the match count exact rather than estimated. */
cxapian_results *_Nullable cxapian_search(cxapian_database *_Nonnull database, cxapian_query *_Nonnull query,
                                          unsigned offset, unsigned limit, int sort_slot, int sort_descending,
                                          int exact_count,
                                          const unsigned *_Nullable facet_slots, size_t facet_count,
                                          cxapian_error *_Nonnull error);
/** Frees results. */
void cxapian_results_free(cxapian_results *_Nullable results);
/** Number of hits in this page. */
unsigned cxapian_results_size(cxapian_results *_Nonnull results);
/** MSet::get_matches_estimated. */
unsigned cxapian_results_estimated(cxapian_results *_Nonnull results);
/** Docid, weight and percentage of hit `index`. */
int cxapian_results_hit(cxapian_results *_Nonnull results, unsigned index, unsigned *_Nonnull docid,
                        double *_Nonnull weight, int *_Nonnull percent, cxapian_error *_Nonnull error);
/** Document data of hit `index` (malloc'd). */
int cxapian_results_data(cxapian_results *_Nonnull results, unsigned index, char *_Nullable *_Nonnull data,
                         size_t *_Nonnull length, cxapian_error *_Nonnull error);
/** MSet::snippet of `text` for this query: at most `length` bytes, matches wrapped in hi_start/hi_end. */
int cxapian_results_snippet(cxapian_results *_Nonnull results, const char *_Nonnull text, size_t text_length,
                            size_t length, const char *_Nonnull hi_start, const char *_Nonnull hi_end,
                            char *_Nullable *_Nonnull snippet, size_t *_Nonnull snippet_length,
                            cxapian_error *_Nonnull error);
/** Calls `visit` for every distinct (value, count) of facet `facet_index` (the position in facet_slots); values
 *  joined by U+001F count once per part. */
int cxapian_results_facet(cxapian_results *_Nonnull results, size_t facet_index,
                          int (*_Nonnull visit)(void *_Nullable context, const char *_Nonnull value, size_t length,
                                                unsigned count),
                          void *_Nullable context, cxapian_error *_Nonnull error);

#ifdef __cplusplus
}
#endif
#endif
