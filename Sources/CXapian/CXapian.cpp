// The only place where C++ exceptions exist: every entry point runs its body through guarded(), whose
// catch (...) hands the exception to classify(), which rethrows it to learn its type and turns it into a code
// and a message.
#include "CXapian.h"

#include <xapian.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <vector>

struct cxapian_database {
    Xapian::Database db;
};
struct cxapian_writer {
    Xapian::WritableDatabase db;
    bool in_transaction = false;
};
struct cxapian_document {
    Xapian::Document doc;
};
struct cxapian_indexer {
    Xapian::TermGenerator generator;
    Xapian::Stem stemmer;
    std::unique_ptr<Xapian::SimpleStopper> stopper;
};
struct cxapian_query {
    Xapian::Query query;
};

namespace {

void set_error(cxapian_error *error, int code, const std::string &message) {
    error->code = code;
    size_t n = message.size() < sizeof(error->message) - 1 ? message.size() : sizeof(error->message) - 1;
    std::memcpy(error->message, message.data(), n);
    error->message[n] = '\0';
}

void append_errno(std::string &message, const Xapian::Error &e) {
    const char *detail = e.get_error_string();
    if (detail != nullptr && *detail != '\0') message += std::string(" (") + detail + ")";
}

void clear(cxapian_error *error) {
    error->code = CXAPIAN_OK;
    error->message[0] = '\0';
}

// Called from inside a catch block: rethrows the active exception to classify it.
void classify(cxapian_error *error) {
    try {
        throw;
    } catch (const Xapian::DatabaseLockError &e) {
        set_error(error, CXAPIAN_LOCKED, e.get_type() + std::string(": ") + e.get_msg());
    } catch (const Xapian::DatabaseModifiedError &e) {
        set_error(error, CXAPIAN_MODIFIED, e.get_type() + std::string(": ") + e.get_msg());
    } catch (const Xapian::DatabaseCorruptError &e) {
        set_error(error, CXAPIAN_CORRUPT, e.get_type() + std::string(": ") + e.get_msg());
    } catch (const Xapian::DatabaseVersionError &e) {
        set_error(error, CXAPIAN_VERSION, e.get_type() + std::string(": ") + e.get_msg());
    } catch (const Xapian::DatabaseOpeningError &e) {
        set_error(error, CXAPIAN_OPENING, e.get_type() + std::string(": ") + e.get_msg());
    } catch (const Xapian::DatabaseError &e) {
        std::string message = e.get_type() + std::string(": ") + e.get_msg();
        append_errno(message, e);
        set_error(error, CXAPIAN_IO, message);
    } catch (const Xapian::QueryParserError &e) {
        set_error(error, CXAPIAN_QUERY, e.get_msg());
    } catch (const Xapian::NetworkError &e) {
        std::string message = e.get_type() + std::string(": ") + e.get_msg();
        append_errno(message, e);
        set_error(error, CXAPIAN_NETWORK, message);
    } catch (const Xapian::InvalidArgumentError &e) {
        set_error(error, CXAPIAN_INVALID, e.get_type() + std::string(": ") + e.get_msg());
    } catch (const Xapian::InvalidOperationError &e) {
        set_error(error, CXAPIAN_INVALID, e.get_type() + std::string(": ") + e.get_msg());
    } catch (const Xapian::RangeError &e) {
        set_error(error, CXAPIAN_INVALID, e.get_type() + std::string(": ") + e.get_msg());
    } catch (const Xapian::Error &e) {
        std::string message = e.get_type() + std::string(": ") + e.get_msg();
        append_errno(message, e);
        set_error(error, CXAPIAN_ERROR, message);
    } catch (const std::bad_alloc &) {
        set_error(error, CXAPIAN_NO_MEMORY, "out of memory");
    } catch (const std::exception &e) {
        set_error(error, CXAPIAN_ERROR, e.what());
    } catch (...) {
        set_error(error, CXAPIAN_UNKNOWN, "unknown exception");
    }
}

// The frame of every entry point: clears *error, then returns what body returns or, when body throws anything,
// has classify() fill *error and returns failure (the entry point's failure value: -1, 0 or nullptr).
template <typename Body>
std::invoke_result_t<Body &> guarded(cxapian_error *error, std::invoke_result_t<Body &> failure, Body &&body) {
    clear(error);
    try {
        return body();
    } catch (...) {
        classify(error);
        return failure;
    }
}

char *copy_out(const std::string &value, size_t *length) {
    char *buffer = static_cast<char *>(std::malloc(value.size() + 1));
    if (buffer == nullptr) throw std::bad_alloc();
    std::memcpy(buffer, value.data(), value.size());
    buffer[value.size()] = '\0';
    if (length != nullptr) *length = value.size();
    return buffer;
}

std::unique_ptr<Xapian::SimpleStopper> make_stopper(const char *words, size_t length) {
    auto stopper = std::make_unique<Xapian::SimpleStopper>();
    size_t start = 0;
    while (start < length) {
        size_t end = start;
        while (end < length && words[end] != '\0') ++end;
        if (end > start) stopper->add(std::string(words + start, end - start));
        start = end + 1;
    }
    return stopper;
}

constexpr size_t max_term_length = 245;

void check_term(size_t length) {
    if (length == 0 || length > max_term_length)
        throw Xapian::InvalidArgumentError("term length " + std::to_string(length) + " outside 1…245 bytes");
}

} // namespace

struct cxapian_results {
    Xapian::Enquire enquire;
    Xapian::MSet mset;
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> facets;
    explicit cxapian_results(const Xapian::Database &db) : enquire(db) {}
};

// An exception leaving a destructor terminates the process whatever catches it, so the _free functions
// delete without a frame.
static_assert(std::is_nothrow_destructible_v<cxapian_database> && std::is_nothrow_destructible_v<cxapian_writer> &&
              std::is_nothrow_destructible_v<cxapian_document> && std::is_nothrow_destructible_v<cxapian_indexer> &&
              std::is_nothrow_destructible_v<cxapian_query> && std::is_nothrow_destructible_v<cxapian_results>);

extern "C" {

void cxapian_free_string(char *string) { std::free(string); }

cxapian_document *cxapian_document_new(cxapian_error *error) {
    return guarded(error, nullptr, [&] { return new cxapian_document(); });
}

void cxapian_document_free(cxapian_document *document) { delete document; }

int cxapian_document_set_data(cxapian_document *document, const char *data, size_t length, cxapian_error *error) {
    return guarded(error, -1, [&] {
        document->doc.set_data(std::string(data, length));
        return 0;
    });
}

int cxapian_document_add_boolean_term(cxapian_document *document, const char *term, size_t length,
                                      cxapian_error *error) {
    return guarded(error, -1, [&] {
        check_term(length);
        document->doc.add_boolean_term(std::string(term, length));
        return 0;
    });
}

int cxapian_document_add_term(cxapian_document *document, const char *term, size_t length, unsigned wdf,
                              cxapian_error *error) {
    return guarded(error, -1, [&] {
        check_term(length);
        document->doc.add_term(std::string(term, length), wdf);
        return 0;
    });
}

int cxapian_document_add_value(cxapian_document *document, unsigned slot, const char *value, size_t length,
                               cxapian_error *error) {
    return guarded(error, -1, [&] {
        document->doc.add_value(slot, std::string(value, length));
        return 0;
    });
}

cxapian_indexer *cxapian_indexer_new(const char *language, const char *stopwords, size_t stopwords_length,
                                     cxapian_error *error) {
    return guarded(error, nullptr, [&] {
        auto indexer = std::make_unique<cxapian_indexer>();
        indexer->stemmer = Xapian::Stem(language);
        indexer->stopper = make_stopper(stopwords, stopwords_length);
        indexer->generator.set_stemmer(indexer->stemmer);
        indexer->generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
        indexer->generator.set_stopper(indexer->stopper.get());
        indexer->generator.set_stopper_strategy(Xapian::TermGenerator::STOP_STEMMED);
        return indexer.release();
    });
}

void cxapian_indexer_free(cxapian_indexer *indexer) { delete indexer; }

int cxapian_indexer_set_document(cxapian_indexer *indexer, cxapian_document *document, cxapian_error *error) {
    return guarded(error, -1, [&] {
        indexer->generator.set_document(document->doc);
        indexer->generator.set_termpos(0);
        return 0;
    });
}

int cxapian_indexer_index_text(cxapian_indexer *indexer, const char *text, size_t length, unsigned wdf_inc,
                               const char *prefix, int positions, cxapian_error *error) {
    return guarded(error, -1, [&] {
        Xapian::Utf8Iterator begin(text, length);
        Xapian::Utf8Iterator end;
        if (positions)
            indexer->generator.index_text(begin, wdf_inc, prefix);
        else
            indexer->generator.index_text_without_positions(begin, wdf_inc, prefix);
        (void)end;
        return 0;
    });
}

int cxapian_indexer_increase_termpos(cxapian_indexer *indexer, unsigned delta, cxapian_error *error) {
    return guarded(error, -1, [&] {
        indexer->generator.increase_termpos(delta);
        return 0;
    });
}

cxapian_writer *cxapian_writer_open(const char *path, int create, cxapian_error *error) {
    return guarded(error, nullptr, [&] {
        auto writer = std::make_unique<cxapian_writer>();
        writer->db = Xapian::WritableDatabase(path, create != 0 ? Xapian::DB_CREATE_OR_OPEN : Xapian::DB_OPEN);
        return writer.release();
    });
}

int cxapian_compact(const char *source, const char *destination, cxapian_error *error) {
    return guarded(error, -1, [&] {
        Xapian::Database database(source);
        database.compact(destination, Xapian::DBCOMPACT_NO_RENUMBER);
        return 0;
    });
}

void cxapian_writer_free(cxapian_writer *writer) {
    if (writer == nullptr) return;
    // ~WritableDatabase would commit and swallow errors; an open transaction is cancelled instead (a failure
    // to cancel has no caller to be reported to).
    cxapian_error ignored;
    guarded(&ignored, -1, [&] {
        if (writer->in_transaction) writer->db.cancel_transaction();
        return 0;
    });
    delete writer;
}

int cxapian_writer_begin(cxapian_writer *writer, cxapian_error *error) {
    return guarded(error, -1, [&] {
        writer->db.begin_transaction(true);
        writer->in_transaction = true;
        return 0;
    });
}

int cxapian_writer_commit_transaction(cxapian_writer *writer, cxapian_error *error) {
    return guarded(error, -1, [&] {
        writer->in_transaction = false;
        writer->db.commit_transaction();
        return 0;
    });
}

int cxapian_writer_cancel_transaction(cxapian_writer *writer, cxapian_error *error) {
    return guarded(error, -1, [&] {
        writer->in_transaction = false;
        writer->db.cancel_transaction();
        return 0;
    });
}

int cxapian_writer_close(cxapian_writer *writer, cxapian_error *error) {
    return guarded(error, -1, [&] {
        if (writer->in_transaction) {
            writer->in_transaction = false;
            writer->db.cancel_transaction();
        }
        writer->db.close();
        return 0;
    });
}

unsigned cxapian_writer_replace(cxapian_writer *writer, const char *unique_term, size_t length,
                                cxapian_document *document, cxapian_error *error) {
    return guarded(error, 0, [&] {
        check_term(length);
        const std::string term(unique_term, length);
        // The unique term must be in the document, or the next replace would not find it.
        document->doc.add_boolean_term(term);
        return writer->db.replace_document(term, document->doc);
    });
}

unsigned cxapian_writer_add(cxapian_writer *writer, const char *unique_term, size_t length,
                            cxapian_document *document, cxapian_error *error) {
    return guarded(error, 0, [&] {
        check_term(length);
        document->doc.add_boolean_term(std::string(unique_term, length));
        return writer->db.add_document(document->doc);
    });
}

unsigned cxapian_writer_add_at(cxapian_writer *writer, const char *unique_term, size_t length,
                               cxapian_document *document, unsigned docid, cxapian_error *error) {
    return guarded(error, 0, [&] {
        check_term(length);
        if (docid == 0) throw Xapian::InvalidArgumentError("document id 0");
        document->doc.add_boolean_term(std::string(unique_term, length));
        writer->db.replace_document(docid, document->doc);
        return docid;
    });
}

unsigned cxapian_writer_last_docid(cxapian_writer *writer, cxapian_error *error) {
    return guarded(error, 0, [&] { return writer->db.get_lastdocid(); });
}

int cxapian_writer_delete_term(cxapian_writer *writer, const char *term, size_t length, cxapian_error *error) {
    return guarded(error, -1, [&] {
        check_term(length);
        writer->db.delete_document(std::string(term, length));
        return 0;
    });
}

int cxapian_writer_set_metadata(cxapian_writer *writer, const char *key, size_t key_length, const char *value,
                                size_t value_length, cxapian_error *error) {
    return guarded(error, -1, [&] {
        writer->db.set_metadata(std::string(key, key_length), std::string(value, value_length));
        return 0;
    });
}

cxapian_database *cxapian_writer_database(cxapian_writer *writer, cxapian_error *error) {
    return guarded(error, nullptr, [&] {
        auto database = std::make_unique<cxapian_database>();
        database->db = writer->db;
        return database.release();
    });
}

long cxapian_lock_holder(const char *path) {
    cxapian_error ignored; // unknown is 0, whatever the reason
    return guarded(&ignored, 0L, [&]() -> long {
        const std::string lock_path = std::string(path) + "/flintlock";
        int fd = ::open(lock_path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return 0;
        struct flock query = {};
        query.l_type = F_WRLCK;
        query.l_whence = SEEK_SET;
        long holder = 0;
        if (::fcntl(fd, F_GETLK, &query) == 0 && query.l_type != F_UNLCK && query.l_pid > 0) holder = query.l_pid;
        ::close(fd);
        return holder;
    });
}

cxapian_database *cxapian_database_open(const char *path, cxapian_error *error) {
    return guarded(error, nullptr, [&] {
        auto database = std::make_unique<cxapian_database>();
        database->db = Xapian::Database(path);
        return database.release();
    });
}

cxapian_database *cxapian_database_new_empty(cxapian_error *error) {
    return guarded(error, nullptr, [&] { return new cxapian_database(); });
}

int cxapian_database_add_remote(cxapian_database *database, const char *host, unsigned port, unsigned timeout_ms,
                                cxapian_error *error) {
    return guarded(error, -1, [&] {
        database->db.add_database(Xapian::Remote::open(host, port, timeout_ms, timeout_ms));
        return 0;
    });
}

int cxapian_database_add_local(cxapian_database *database, const char *path, cxapian_error *error) {
    return guarded(error, -1, [&] {
        database->db.add_database(Xapian::Database(path));
        return 0;
    });
}

void cxapian_database_free(cxapian_database *database) { delete database; }

int cxapian_database_reopen(cxapian_database *database, cxapian_error *error) {
    return guarded(error, -1, [&] { return database->db.reopen() ? 1 : 0; });
}

unsigned cxapian_database_doccount(cxapian_database *database, cxapian_error *error) {
    return guarded(error, 0, [&] { return database->db.get_doccount(); });
}

unsigned cxapian_database_termfreq(cxapian_database *database, const char *term, size_t length,
                                   cxapian_error *error) {
    return guarded(error, 0, [&] { return database->db.get_termfreq(std::string(term, length)); });
}

int cxapian_database_metadata(cxapian_database *database, const char *key, size_t key_length, char **value,
                              size_t *length, cxapian_error *error) {
    return guarded(error, -1, [&] {
        *value = nullptr;
        *length = 0;
        *value = copy_out(database->db.get_metadata(std::string(key, key_length)), length);
        return 0;
    });
}

int cxapian_database_metadata_keys(cxapian_database *database, const char *prefix, size_t length,
                                   int (*visit)(void *, const char *, size_t, const char *, size_t), void *context,
                                   cxapian_error *error) {
    return guarded(error, -1, [&] {
        const std::string start(prefix, length);
        for (auto it = database->db.metadata_keys_begin(start); it != database->db.metadata_keys_end(start); ++it) {
            const std::string key = *it;
            const std::string value = database->db.get_metadata(key);
            if (visit(context, key.data(), key.size(), value.data(), value.size()) != 0) break;
        }
        return 0;
    });
}

int cxapian_database_terms(cxapian_database *database, const char *prefix, size_t length,
                           int (*visit)(void *, const char *, size_t, unsigned), void *context,
                           cxapian_error *error) {
    return guarded(error, -1, [&] {
        const std::string start(prefix, length);
        for (auto it = database->db.allterms_begin(start); it != database->db.allterms_end(start); ++it) {
            const std::string term = *it;
            if (visit(context, term.data(), term.size(), it.get_termfreq()) != 0) break;
        }
        return 0;
    });
}

int cxapian_database_data_for_term(cxapian_database *database, const char *term, size_t length, char **data,
                                   size_t *data_length, int *found, cxapian_error *error) {
    return guarded(error, -1, [&] {
        *data = nullptr;
        *data_length = 0;
        *found = 0;
        const std::string key(term, length);
        auto it = database->db.postlist_begin(key);
        if (it != database->db.postlist_end(key)) {
            *data = copy_out(database->db.get_document(*it).get_data(), data_length);
            *found = 1;
        }
        return 0;
    });
}

cxapian_query *cxapian_query_parse(cxapian_database *database, const char *text, size_t length,
                                   const char *language, const char *stopwords, size_t stopwords_length,
                                   const cxapian_field *fields, size_t field_count, const cxapian_range_field *ranges,
                                   size_t range_count, char **corrected, cxapian_error *error) {
    return guarded(error, nullptr, [&] {
        *corrected = nullptr;
        const std::string input(text, length);
        auto result = std::make_unique<cxapian_query>();
        if (input.find_first_not_of(" \t\r\n") == std::string::npos) {
            result->query = Xapian::Query::MatchAll;
            *corrected = copy_out("", nullptr);
            return result.release();
        }
        Xapian::QueryParser parser;
        parser.set_database(database->db);
        parser.set_stemmer(Xapian::Stem(language));
        parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        auto stopper = make_stopper(stopwords, stopwords_length);
        parser.set_stopper(stopper.get());
        parser.set_default_op(Xapian::Query::OP_AND);
        for (size_t i = 0; i < field_count; ++i) {
            if (fields[i].boolean)
                parser.add_boolean_prefix(fields[i].name, fields[i].prefix);
            else
                parser.add_prefix(fields[i].name, fields[i].prefix);
        }
        std::vector<std::unique_ptr<Xapian::RangeProcessor>> processors;
        for (size_t i = 0; i < range_count; ++i) {
            processors.push_back(std::make_unique<Xapian::DateRangeProcessor>(
                ranges[i].slot, std::string(ranges[i].name) + ":", 0, 1930));
            parser.add_rangeprocessor(processors.back().get());
        }
        const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_SPELLING_CORRECTION |
                               Xapian::QueryParser::FLAG_AUTO_SYNONYMS | Xapian::QueryParser::FLAG_WILDCARD |
                               Xapian::QueryParser::FLAG_PURE_NOT;
        result->query = parser.parse_query(input, flags);
        *corrected = copy_out(parser.get_corrected_query_string(), nullptr);
        return result.release();
    });
}

void cxapian_query_free(cxapian_query *query) { delete query; }

static Xapian::Query any_of(const char *const *terms, const size_t *lengths, size_t count) {
    std::vector<Xapian::Query> parts;
    parts.reserve(count);
    for (size_t i = 0; i < count; ++i) parts.emplace_back(std::string(terms[i], lengths[i]));
    return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

int cxapian_query_filter_any(cxapian_query *query, const char *const *terms, const size_t *lengths, size_t count,
                             cxapian_error *error) {
    return guarded(error, -1, [&] {
        if (count == 0) return 0;
        query->query = Xapian::Query(Xapian::Query::OP_FILTER, query->query, any_of(terms, lengths, count));
        return 0;
    });
}

int cxapian_query_exclude_any(cxapian_query *query, const char *const *terms, const size_t *lengths, size_t count,
                              cxapian_error *error) {
    return guarded(error, -1, [&] {
        if (count == 0) return 0;
        query->query = Xapian::Query(Xapian::Query::OP_AND_NOT, query->query, any_of(terms, lengths, count));
        return 0;
    });
}

int cxapian_query_filter_range(cxapian_query *query, unsigned slot, const char *lower, const char *upper,
                               cxapian_error *error) {
    return guarded(error, -1, [&] {
        const std::string low(lower), high(upper);
        Xapian::Query range;
        if (low.empty() && high.empty()) return 0;
        if (low.empty())
            range = Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, high);
        else if (high.empty())
            range = Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, low);
        else
            range = Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, low, high);
        query->query = Xapian::Query(Xapian::Query::OP_FILTER, query->query, range);
        return 0;
    });
}

cxapian_results *cxapian_search(cxapian_database *database, cxapian_query *query, unsigned offset, unsigned limit,
                                int sort_slot, int sort_descending, int exact_count, const unsigned *facet_slots,
                                size_t facet_count,
                                cxapian_error *error) {
    return guarded(error, nullptr, [&] {
        auto results = std::make_unique<cxapian_results>(database->db);
        results->enquire.set_query(query->query);
        if (sort_slot >= 0) {
            results->enquire.set_sort_by_value_then_relevance(static_cast<Xapian::valueno>(sort_slot),
                                                              sort_descending != 0);
        }
        for (size_t i = 0; i < facet_count; ++i) {
            results->facets.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(facet_slots[i]));
            results->enquire.add_matchspy(results->facets.back().get());
        }
        // Facets must see every match, so ask Xapian to check them all when spies are attached.
        const Xapian::doccount check_at_least =
            (facet_count > 0 || exact_count != 0) ? database->db.get_doccount() : 0;
        results->mset = results->enquire.get_mset(offset, limit, check_at_least);
        return results.release();
    });
}

void cxapian_results_free(cxapian_results *results) { delete results; }

unsigned cxapian_results_size(cxapian_results *results) { return results->mset.size(); }

unsigned cxapian_results_estimated(cxapian_results *results) { return results->mset.get_matches_estimated(); }

int cxapian_results_hit(cxapian_results *results, unsigned index, unsigned *docid, double *weight, int *percent,
                        cxapian_error *error) {
    return guarded(error, -1, [&] {
        if (index >= results->mset.size()) throw Xapian::RangeError("hit index out of range");
        auto it = results->mset[index];
        *docid = *it;
        *weight = it.get_weight();
        *percent = it.get_percent();
        return 0;
    });
}

int cxapian_results_data(cxapian_results *results, unsigned index, char **data, size_t *length,
                         cxapian_error *error) {
    return guarded(error, -1, [&] {
        *data = nullptr;
        *length = 0;
        if (index >= results->mset.size()) throw Xapian::RangeError("hit index out of range");
        *data = copy_out(results->mset[index].get_document().get_data(), length);
        return 0;
    });
}

int cxapian_results_snippet(cxapian_results *results, const char *text, size_t text_length, size_t length,
                            const char *hi_start, const char *hi_end, char **snippet, size_t *snippet_length,
                            cxapian_error *error) {
    return guarded(error, -1, [&] {
        *snippet = nullptr;
        *snippet_length = 0;
        Xapian::Stem stemmer("swedish");
        // No background model: it looks up every distinct word of the text in the index, which cost more
        // than the search itself on long documents.
        const std::string value = results->mset.snippet(std::string(text, text_length), length, stemmer,
                                                         Xapian::MSet::SNIPPET_EXHAUSTIVE, hi_start, hi_end, "…");
        *snippet = copy_out(value, snippet_length);
        return 0;
    });
}

int cxapian_results_facet(cxapian_results *results, size_t facet_index,
                          int (*visit)(void *, const char *, size_t, unsigned), void *context, cxapian_error *error) {
    return guarded(error, -1, [&] {
        if (facet_index >= results->facets.size()) throw Xapian::RangeError("facet index out of range");
        const auto &spy = *results->facets[facet_index];
        // A multi-valued slot holds its values joined by U+001F; each distinct combination is one spy entry,
        // so the parts are summed here, where splitting is a byte scan.
        std::unordered_map<std::string, Xapian::doccount> counts;
        for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
            const std::string value = *it;
            const Xapian::doccount count = it.get_termfreq();
            size_t start = 0;
            while (start <= value.size()) {
                size_t end = value.find('\x1f', start);
                if (end == std::string::npos) end = value.size();
                if (end > start) counts[value.substr(start, end - start)] += count;
                start = end + 1;
            }
        }
        for (const auto &entry : counts) {
            if (visit(context, entry.first.data(), entry.first.size(), entry.second) != 0) break;
        }
        return 0;
    });
}

} // extern "C"
