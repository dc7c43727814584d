/* ogi's C ABI (libogi_c.so.1): read a report of any supported kind, its JSON, its validation, its conversions,
 * the sum of several, the rule catalogue and the schemas, for callers in any language (docs/c-api.md).
 *
 * The rules, the same for every function:
 * - Every function but the two that free returns an ogi_status, and ends with (char **error, size_t *error_length):
 *   when it returns anything but OGI_OK and error is not NULL, *error is a JSON document saying why
 *   ({"status": …, "message": …, "errors": […], "findings": […]}, see docs/c-api.md), else NULL.
 * - Inputs are (pointer, length) pairs: the bytes need no terminating NUL, and (NULL, 0) is the empty input.
 * - Every string or buffer the library returns is (pointer, length), NUL-terminated besides for convenience, owned
 *   by the caller, and freed with ogi_free. Out-parameters are set to NULL / 0 on entry, so they are defined
 *   whatever the outcome. A length pointer may be NULL when the caller only needs the NUL-terminated text.
 * - A report handle is immutable once read: handles may be used from any thread, several threads may read one
 *   handle at once, and the library keeps no global state. Free a handle with ogi_report_free.
 * - Nothing throws across this boundary: out of memory is OGI_OUT_OF_MEMORY.
 */
#ifndef OGI_OGI_H
#define OGI_OGI_H

#include <stddef.h>

#if defined(OGI_C_BUILDING) && defined(__GNUC__)
#define OGI_C_API __attribute__((visibility("default")))
#else
#define OGI_C_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The ABI version: the number in the library's SONAME (libogi_c.so.1). Raised only when a function's signature
 * or an enumerator's value changes or a function is removed; functions and enumerators are only ever added. */
#define OGI_C_ABI_VERSION 1

typedef enum ogi_status {
    OGI_OK = 0,
    OGI_INVALID_ARGUMENT = 1, /* a NULL pointer where one is needed, an unknown enumerator or flag, text not UTF-8 */
    OGI_UNREADABLE_INPUT = 2, /* the bytes hold no report: not a report's text or document, nor JSON */
    OGI_DECODE_ERROR = 3,     /* JSON, but not a valid ogi-report/1 document: "errors" has each problem */
    OGI_SUM_REFUSED = 4,      /* reports that cannot be added: different years, editions or layouts */
    OGI_OUT_OF_MEMORY = 5,
    OGI_INTERNAL_ERROR = 6 /* a bug of ogi's: please report it with the input */
} ogi_status;

/* The output formats of ogi_convert (`ogi convert --to`), and of ogi_rules (json, md). Enumerations are passed as
 * int: a value no enumerator has is OGI_INVALID_ARGUMENT, never undefined behaviour. */
typedef enum ogi_format {
    OGI_FORMAT_JSON = 0, /* ogi-report/1 */
    OGI_FORMAT_CSV = 1,  /* tidy, one line per cell, with its header line (OGI_CONVERT_WIDE: one per row of 三) */
    OGI_FORMAT_MD = 2,   /* Markdown (GitHub flavoured) */
    OGI_FORMAT_HTML = 3, /* one self-contained page */
    OGI_FORMAT_TXT = 4,  /* plain text, read back by the importer */
    OGI_FORMAT_DOCX = 5  /* Word (.docx): binary, use the length */
} ogi_format;

/* Flags of ogi_report_read. */
#define OGI_READ_ALLOW_UNKNOWN_KEYS 1u /* JSON: ignore keys ogi-report/1 does not define, instead of refusing */

/* Flags of ogi_convert. */
#define OGI_CONVERT_ENGLISH 1u     /* md, html, txt, docx: findings and captions in English (else Chinese) */
#define OGI_CONVERT_NO_FINDINGS 2u /* md, html, txt: the report alone, not validated and marked (docx never is) */
#define OGI_CONVERT_WIDE 4u        /* csv only: one line per row of the application matrix */

/* The schemas of ogi_schema (`ogi schema`, `ogi schema --findings`). */
typedef enum ogi_schema_kind {
    OGI_SCHEMA_REPORT = 0,  /* ogi-report/1 */
    OGI_SCHEMA_FINDINGS = 1 /* the findings document of ogi_validate */
} ogi_schema_kind;

/* A report, read once and never changed. */
typedef struct ogi_report ogi_report;

/* The library's version, e.g. "0.1.0". */
OGI_C_API ogi_status ogi_version(char **version, size_t *length, char **error, size_t *error_length);

/* A report from the bytes of a file of any kind ogi reads, told by content: ogi-report/1 JSON, a published
 * report's text (any encoding the importer reads), its web page (HTML), Markdown, PDF, Word (.docx).
 * flags: OGI_READ_* or 0. A text or document read with findings (cells not read) keeps them: ogi_validate lists
 * them first, as `ogi validate` does. No report: OGI_DECODE_ERROR (JSON) or OGI_UNREADABLE_INPUT, with every
 * located message in *error. */
OGI_C_API ogi_status ogi_report_read(const char *bytes, size_t length, unsigned flags, ogi_report **report,
                                     char **error, size_t *error_length);

/* Frees a handle; NULL is ignored. */
OGI_C_API void ogi_report_free(ogi_report *report);

/* The report's year, its edition (2019 or 2021) and the name of the body that published it. */
OGI_C_API ogi_status ogi_report_year(const ogi_report *report, int *year, char **error, size_t *error_length);
OGI_C_API ogi_status ogi_report_edition(const ogi_report *report, int *edition, char **error, size_t *error_length);
OGI_C_API ogi_status ogi_report_agency(const ogi_report *report, char **agency, size_t *length, char **error,
                                       size_t *error_length);

/* The report's ogi-report/1 JSON, pretty-printed. */
OGI_C_API ogi_status ogi_report_json(const ogi_report *report, char **json, size_t *length, char **error,
                                     size_t *error_length);

/* Every rule on the report, plus the year-on-year rules against previous (the same body's report of the year
 * before) unless it is NULL: the findings document `ogi validate --format json` prints for one input, byte for
 * byte, named source ((NULL, 0) for ""). OGI_OK whatever the findings: read them from the document. */
OGI_C_API ogi_status ogi_validate(const ogi_report *report, const ogi_report *previous, const char *source,
                                  size_t source_length, char **findings_json, size_t *length, char **error,
                                  size_t *error_length);

/* The report in a format, as `ogi convert --to` writes it; flags: OGI_CONVERT_* or 0. */
OGI_C_API ogi_status ogi_convert(const ogi_report *report, int format, unsigned flags, char **output,
                                 size_t *length, char **error, size_t *error_length);

/* The reports of several bodies of one year and edition added cell by cell into a new report published by
 * agency (`ogi sum`). Different years, editions or layouts: OGI_SUM_REFUSED; no reports: OGI_INVALID_ARGUMENT. */
OGI_C_API ogi_status ogi_sum(const ogi_report *const *reports, size_t count, const char *agency,
                             size_t agency_length, ogi_report **sum, char **error, size_t *error_length);

/* The rule catalogue: OGI_FORMAT_JSON (`ogi rules --format json`) or OGI_FORMAT_MD (docs/rules.md). */
OGI_C_API ogi_status ogi_rules(int format, char **rules, size_t *length, char **error, size_t *error_length);

/* The JSON Schema (draft 2020-12) of a report or of the findings document. */
OGI_C_API ogi_status ogi_schema(int kind, char **schema, size_t *length, char **error,
                                size_t *error_length);

/* Frees a string or buffer the library returned; NULL is ignored. */
OGI_C_API void ogi_free(void *pointer);

#ifdef __cplusplus
}
#endif

#endif /* OGI_OGI_H */
