/* The C API (include/ogi/ogi.h) from C99: every function, its error paths (NULL pointers, zero lengths, input
 * without a terminating NUL, unknown enumerators and flags, bad JSON with its located message), the real values of
 * the fixtures' reports, and distinct handles used on several threads at once. Exits non-zero on the first
 * failure, saying which check and where. */
#define _POSIX_C_SOURCE 200809L
#include <ogi/ogi.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

#define CHECK(condition)                                                                   \
    do {                                                                                   \
        if (!(condition)) {                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition); \
            ++failures;                                                                    \
        }                                                                                  \
    } while (0)

/* A file's bytes in a buffer of exactly its size: no terminating NUL, so that ASan catches a read past the end. */
typedef struct {
    char *data;
    size_t length;
} bytes;

static bytes read_fixture(const char *name) {
    char path[1024];
    bytes b = {NULL, 0};
    FILE *file;
    long size;
    snprintf(path, sizeof path, "%s/%s", OGI_FIXTURES_DIR, name);
    file = fopen(path, "rb");
    if (file == NULL || fseek(file, 0, SEEK_END) != 0 || (size = ftell(file)) <= 0 || fseek(file, 0, SEEK_SET) != 0) {
        fprintf(stderr, "cannot read %s\n", path);
        exit(2);
    }
    b.length = (size_t)size;
    b.data = malloc(b.length);
    if (b.data == NULL || fread(b.data, 1, b.length, file) != b.length) exit(2);
    fclose(file);
    return b;
}

/* An unterminated copy of a literal. */
static bytes unterminated(const char *text) {
    bytes b;
    b.length = strlen(text);
    b.data = malloc(b.length > 0 ? b.length : 1);
    if (b.data == NULL) exit(2);
    memcpy(b.data, text, b.length);
    return b;
}

static int contains(const char *text, const char *part) { return text != NULL && strstr(text, part) != NULL; }

/* Whether an output is NUL-terminated at its length and holds no earlier NUL (text outputs). */
static int text_output(const char *text, size_t length) { return text != NULL && strlen(text) == length; }

/* The status and error document of a call that must fail; frees the document. */
static void expect_failure(ogi_status status, ogi_status expected, char *error, const char *status_name,
                           const char *message_part, int line) {
    if (status != expected || !contains(error, status_name) || !contains(error, message_part)) {
        fprintf(stderr, "c_api_test.c:%d: expected status %d (%s, \"%s\"), got %d: %s\n", line, (int)expected,
                status_name, message_part, (int)status, error ? error : "(no error document)");
        ++failures;
    }
    ogi_free(error);
}
#define EXPECT_FAILURE(call, expected, name, part)                                        \
    do {                                                                                  \
        char *error_ = NULL;                                                              \
        size_t error_length_ = 0;                                                         \
        ogi_status status_ = call;                                                        \
        CHECK(error_ == NULL || text_output(error_, error_length_));                      \
        expect_failure(status_, expected, error_, "\"status\":\"" name "\"", part, __LINE__); \
    } while (0)
#define ERR &error_, &error_length_

static ogi_report *read_report(bytes input) {
    ogi_report *report = NULL;
    char *error = NULL;
    ogi_status status = ogi_report_read(input.data, input.length, 0, &report, &error, NULL);
    if (status != OGI_OK) {
        fprintf(stderr, "reading failed (%d): %s\n", (int)status, error ? error : "");
        exit(1);
    }
    return report;
}

static void test_version(void) {
    char *version = NULL;
    size_t length = 99;
    CHECK(ogi_version(&version, &length, NULL, NULL) == OGI_OK);
    CHECK(text_output(version, length));
    CHECK(version != NULL && strcmp(version, OGI_TEST_VERSION) == 0);
    ogi_free(version);
    /* The length pointer may be NULL; the output pointer may not. */
    CHECK(ogi_version(&version, NULL, NULL, NULL) == OGI_OK && version != NULL);
    ogi_free(version);
    EXPECT_FAILURE(ogi_version(NULL, &length, ERR), OGI_INVALID_ARGUMENT, "invalid_argument", "version is NULL");
    CHECK(length == 0); /* cleared, even though the call failed */
    CHECK(ogi_version(NULL, NULL, NULL, NULL) == OGI_INVALID_ARGUMENT); /* no error document asked for */
}

/* 深圳市龙华区政务服务数据管理局 2020 (the README's sample): its 总计 column contradicts its rows, and validation
 * gives the one correction of the two cells. */
static const char longhua_agency[] = "\xe6\xb7\xb1\xe5\x9c\xb3\xe5\xb8\x82\xe9\xbe\x99\xe5\x8d\x8e\xe5\x8c\xba\xe6\x94\xbf"
                                     "\xe5\x8a\xa1\xe6\x9c\x8d\xe5\x8a\xa1\xe6\x95\xb0\xe6\x8d\xae\xe7\xae\xa1\xe7\x90\x86"
                                     "\xe5\xb1\x80";
static const char longhua_corrections[] =
    "\"corrections\":[{\"path\":\"/applications/outcomes/unable_to_provide/not_held/total\",\"reported\":0,"
    "\"suggested\":1},{\"path\":\"/applications/outcomes/total/total\",\"reported\":0,\"suggested\":1}]";

static void test_longhua(void) {
    bytes text = read_fixture("reports/2020_longhua-data-bureau.txt");
    ogi_report *report = read_report(text);
    int year = 0, edition = 0;
    char *agency = NULL, *findings = NULL, *json = NULL;
    size_t agency_length = 0, findings_length = 0, json_length = 0;
    ogi_report *from_json = NULL;
    char *json_again = NULL;

    CHECK(ogi_report_year(report, &year, NULL, NULL) == OGI_OK && year == 2020);
    CHECK(ogi_report_edition(report, &edition, NULL, NULL) == OGI_OK && edition == 2019);
    CHECK(ogi_report_agency(report, &agency, &agency_length, NULL, NULL) == OGI_OK);
    CHECK(text_output(agency, agency_length) && strcmp(agency, longhua_agency) == 0);

    CHECK(ogi_validate(report, NULL, "longhua.txt", 11, &findings, &findings_length, NULL, NULL) == OGI_OK);
    CHECK(text_output(findings, findings_length));
    CHECK(contains(findings, "{\"reports\":[{\"source\":\"longhua.txt\",\"agency\":\""));
    CHECK(contains(findings, longhua_corrections));
    CHECK(contains(findings, "\"rule\":\"APP-ROW\""));
    CHECK(contains(findings, "\"summary\":{\"reports\":1,\"unreadable\":0,\"with_errors\":1,"));
    CHECK(findings_length > 0 && findings[findings_length - 1] == '\n');

    /* Its JSON reads back to the same report; the bytes after the length are never read. */
    CHECK(ogi_report_json(report, &json, &json_length, NULL, NULL) == OGI_OK);
    CHECK(text_output(json, json_length) && contains(json, "\"schema\": \"ogi-report/1\""));
    CHECK(ogi_report_read(json, json_length, 0, &from_json, NULL, NULL) == OGI_OK);
    CHECK(ogi_report_json(from_json, &json_again, NULL, NULL, NULL) == OGI_OK);
    CHECK(json_again != NULL && strcmp(json, json_again) == 0);
    {
        char *padded = malloc(json_length + 6);
        ogi_report *again = NULL;
        memcpy(padded, json, json_length);
        memcpy(padded + json_length, "}]xyz", 5); /* garbage past the length, no NUL */
        CHECK(ogi_report_read(padded, json_length, 0, &again, NULL, NULL) == OGI_OK && again != NULL);
        ogi_report_free(again);
        free(padded);
    }

    ogi_free(agency);
    ogi_free(findings);
    ogi_free(json);
    ogi_free(json_again);
    ogi_report_free(from_json);
    ogi_report_free(report);
    free(text.data);
}

/* The series rules run only with a previous year's report. Given as its own previous year (the handle may be both),
 * Hongze 2024's sections have the texts of "last year's": SERIES-NARRATIVE. */
static void test_previous_year(void) {
    bytes text = read_fixture("reports/2024_hongze-district.txt");
    ogi_report *report = read_report(text);
    char *alone = NULL, *in_series = NULL;
    CHECK(ogi_validate(report, NULL, NULL, 0, &alone, NULL, NULL, NULL) == OGI_OK);
    CHECK(ogi_validate(report, report, NULL, 0, &in_series, NULL, NULL, NULL) == OGI_OK);
    CHECK(contains(alone, "{\"reports\":[{\"source\":\"\",")); /* (NULL, 0): no name */
    CHECK(contains(alone, "\"rule\":\"NARR-APPS\"") && !contains(alone, "\"rule\":\"SERIES-"));
    CHECK(contains(in_series, "\"rule\":\"SERIES-NARRATIVE\""));
    ogi_free(alone);
    ogi_free(in_series);
    ogi_report_free(report);
    free(text.data);
}

/* A PDF and a Word file are read through the same call as text. */
static void test_documents(void) {
    bytes pdf = read_fixture("reports/2023_hongze-district.pdf");
    bytes docx = read_fixture("word/longhua.libreoffice.docx");
    ogi_report *from_pdf = read_report(pdf), *from_docx = read_report(docx);
    int year = 0;
    CHECK(ogi_report_year(from_pdf, &year, NULL, NULL) == OGI_OK && year == 2023);
    CHECK(ogi_report_year(from_docx, &year, NULL, NULL) == OGI_OK && year == 2020);
    ogi_report_free(from_pdf);
    ogi_report_free(from_docx);
    free(pdf.data);
    free(docx.data);
}

static void test_convert(void) {
    bytes text = read_fixture("reports/2020_longhua-data-bureau.txt");
    ogi_report *report = read_report(text);
    char *out = NULL, *json = NULL;
    size_t length = 0;

    CHECK(ogi_convert(report, OGI_FORMAT_JSON, 0, &out, &length, NULL, NULL) == OGI_OK);
    CHECK(ogi_report_json(report, &json, NULL, NULL, NULL) == OGI_OK);
    CHECK(out != NULL && json != NULL && strcmp(out, json) == 0);
    ogi_free(out);
    ogi_free(json);

    CHECK(ogi_convert(report, OGI_FORMAT_CSV, 0, &out, &length, NULL, NULL) == OGI_OK && text_output(out, length));
    CHECK(out != NULL && strncmp(out, "agency,year,edition,section,row_key,column_key,", 47) == 0);
    ogi_free(out);
    CHECK(ogi_convert(report, OGI_FORMAT_CSV, OGI_CONVERT_WIDE, &out, &length, NULL, NULL) == OGI_OK);
    CHECK(out != NULL && strncmp(out, "agency,year,edition,row_key,row_label,natural_person,", 53) == 0);
    ogi_free(out);

    /* The findings are marked in Chinese, in English, or not at all. */
    CHECK(ogi_convert(report, OGI_FORMAT_MD, 0, &out, &length, NULL, NULL) == OGI_OK && text_output(out, length));
    CHECK(contains(out, "\xe5\xba\x94\xe4\xb8\xba 1")); /* 应为 1 */
    ogi_free(out);
    CHECK(ogi_convert(report, OGI_FORMAT_MD, OGI_CONVERT_ENGLISH, &out, &length, NULL, NULL) == OGI_OK);
    CHECK(contains(out, "should be 1") && !contains(out, "\xe5\xba\x94\xe4\xb8\xba 1"));
    ogi_free(out);
    CHECK(ogi_convert(report, OGI_FORMAT_HTML, OGI_CONVERT_NO_FINDINGS, &out, &length, NULL, NULL) == OGI_OK);
    CHECK(contains(out, "<html") && !contains(out, "class=\"finding"));
    ogi_free(out);
    CHECK(ogi_convert(report, OGI_FORMAT_HTML, 0, &out, &length, NULL, NULL) == OGI_OK);
    CHECK(contains(out, "class=\"finding correction error\""));
    ogi_free(out);
    CHECK(ogi_convert(report, OGI_FORMAT_TXT, 0, &out, &length, NULL, NULL) == OGI_OK && text_output(out, length));
    CHECK(contains(out, longhua_agency));
    ogi_free(out);

    /* Word: a ZIP archive, binary, NUL-terminated past its length all the same; and it reads back. */
    CHECK(ogi_convert(report, OGI_FORMAT_DOCX, 0, &out, &length, NULL, NULL) == OGI_OK);
    CHECK(out != NULL && length > 1000 && memcmp(out, "PK\x03\x04", 4) == 0 && out[length] == '\0');
    {
        ogi_report *back = NULL;
        int year = 0;
        CHECK(ogi_report_read(out, length, 0, &back, NULL, NULL) == OGI_OK);
        CHECK(ogi_report_year(back, &year, NULL, NULL) == OGI_OK && year == 2020);
        ogi_report_free(back);
    }
    ogi_free(out);

    EXPECT_FAILURE(ogi_convert(report, 6, 0, &out, &length, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "format 6 is no ogi_format");
    CHECK(out == NULL && length == 0);
    EXPECT_FAILURE(ogi_convert(report, -1, 0, &out, &length, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "format -1");
    EXPECT_FAILURE(ogi_convert(report, OGI_FORMAT_MD, OGI_CONVERT_WIDE, &out, &length, ERR), OGI_INVALID_ARGUMENT,
                   "invalid_argument", "OGI_CONVERT_WIDE is for OGI_FORMAT_CSV");
    EXPECT_FAILURE(ogi_convert(report, OGI_FORMAT_MD, 0x80u, &out, &length, ERR), OGI_INVALID_ARGUMENT,
                   "invalid_argument", "unknown flags 0x80");
    EXPECT_FAILURE(ogi_convert(NULL, OGI_FORMAT_MD, 0, &out, &length, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "report is NULL");
    EXPECT_FAILURE(ogi_convert(report, OGI_FORMAT_MD, 0, NULL, &length, ERR), OGI_INVALID_ARGUMENT,
                   "invalid_argument", "output is NULL");
    ogi_report_free(report);
    free(text.data);
}

/* Read: what each kind of bad input gives. */
static void test_read_errors(void) {
    ogi_report *report = (ogi_report *)&report; /* not NULL: the call must clear it */
    bytes input;

    EXPECT_FAILURE(ogi_report_read(NULL, 5, 0, &report, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "bytes is NULL but its length is 5");
    CHECK(report == NULL);
    EXPECT_FAILURE(ogi_report_read("{}", 2, 0, NULL, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "report is NULL");
    EXPECT_FAILURE(ogi_report_read("{}", 2, 0x10u, &report, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "unknown flags 0x10");

    /* (NULL, 0) and a zero length are the empty input: no report in it. */
    EXPECT_FAILURE(ogi_report_read(NULL, 0, 0, &report, ERR), OGI_UNREADABLE_INPUT, "unreadable_input",
                   "not the text of an annual report, nor ogi-report/1 JSON");
    EXPECT_FAILURE(ogi_report_read("{\"year\":", 0, 0, &report, ERR), OGI_UNREADABLE_INPUT, "unreadable_input",
                   "not the text of an annual report");
    CHECK(report == NULL);

    /* Bad JSON, unterminated: the syntax error located at its line and column. */
    input = unterminated("{\n  \"schema\": \"ogi-report/1\",\n  \"year\": 20x0\n}");
    EXPECT_FAILURE(ogi_report_read(input.data, input.length, 0, &report, ERR), OGI_DECODE_ERROR, "decode_error",
                   "\"line\":3,\"column\":");
    free(input.data);
    /* The length is the end: only "{" of "{}" is read. */
    input = unterminated("{}");
    EXPECT_FAILURE(ogi_report_read(input.data, 1, 0, &report, ERR), OGI_DECODE_ERROR, "decode_error", "\"line\":1");
    free(input.data);

    /* Well-formed JSON that is no report: every problem at its pointer. */
    input = unterminated("{\"schema\":\"ogi-report/1\",\"edition\":\"2021\",\"year\":\"2020\",\"agency\":\"x\","
                         "\"colour\":1}");
    {
        char *error = NULL;
        size_t error_length = 0;
        CHECK(ogi_report_read(input.data, input.length, 0, &report, &error, &error_length) == OGI_DECODE_ERROR);
        CHECK(text_output(error, error_length));
        CHECK(contains(error, "\"message\":\"not a valid ogi-report/1 document ("));
        CHECK(contains(error, "{\"pointer\":\"/year\",\"message\":\"expected"));
        CHECK(contains(error, "{\"pointer\":\"/colour\",\"message\":\"unknown"));
        CHECK(contains(error, "\"findings\":[]"));
        ogi_free(error);
        /* The unknown key accepted when asked, the others still refused. */
        CHECK(ogi_report_read(input.data, input.length, OGI_READ_ALLOW_UNKNOWN_KEYS, &report, &error, NULL) ==
              OGI_DECODE_ERROR);
        CHECK(contains(error, "\"/year\"") && !contains(error, "\"/colour\""));
        ogi_free(error);
    }
    free(input.data);

    /* A binary that is no report is named; a document's reader says why it holds none. */
    input = unterminated("\x89PNG\r\n\x1a\n");
    EXPECT_FAILURE(ogi_report_read(input.data, input.length, 0, &report, ERR), OGI_UNREADABLE_INPUT,
                   "unreadable_input", "a PNG image, not the text of an annual report");
    free(input.data);
    input = unterminated("%PDF-1.4\nnothing else");
    EXPECT_FAILURE(ogi_report_read(input.data, input.length, 0, &report, ERR), OGI_UNREADABLE_INPUT,
                   "unreadable_input", "no report read from a PDF document: IMP-");
    free(input.data);

    /* A text that is no report: the importer's located findings come with the message. */
    input = unterminated("Meeting notes\nnothing here is a report\n");
    {
        char *error = NULL;
        CHECK(ogi_report_read(input.data, input.length, 0, &report, &error, NULL) == OGI_UNREADABLE_INPUT);
        CHECK(contains(error, "\"findings\":[{\"rule\":\"IMP-"));
        ogi_free(error);
    }
    free(input.data);
    CHECK(report == NULL);
    ogi_report_free(NULL);
    ogi_free(NULL);
}

/* A text whose cells cannot all be read (Hongze 2023: 三（六） in two layouts) keeps the import's findings, at their lines, first in its validation. */
static void test_import_findings(void) {
    bytes text = read_fixture("reports/2023_hongze-district.txt");
    ogi_report *report = read_report(text);
    char *findings = NULL;
    CHECK(ogi_validate(report, NULL, NULL, 0, &findings, NULL, NULL, NULL) == OGI_OK);
    CHECK(contains(findings, "\"findings\":[{\"rule\":\"IMP-"));
    CHECK(contains(findings, "\"source_line\":130,"));
    ogi_free(findings);
    ogi_report_free(report);
    free(text.data);
}

static void test_accessor_errors(void) {
    bytes text = read_fixture("reports/2020_longhua-data-bureau.txt");
    ogi_report *report = read_report(text);
    int number = 7;
    char *out = (char *)&number;
    size_t length = 7;

    EXPECT_FAILURE(ogi_report_year(NULL, &number, ERR), OGI_INVALID_ARGUMENT, "invalid_argument", "report is NULL");
    CHECK(number == 0);
    EXPECT_FAILURE(ogi_report_year(report, NULL, ERR), OGI_INVALID_ARGUMENT, "invalid_argument", "year is NULL");
    EXPECT_FAILURE(ogi_report_edition(NULL, &number, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "report is NULL");
    EXPECT_FAILURE(ogi_report_edition(report, NULL, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "edition is NULL");
    EXPECT_FAILURE(ogi_report_agency(NULL, &out, &length, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "report is NULL");
    CHECK(out == NULL && length == 0);
    EXPECT_FAILURE(ogi_report_agency(report, NULL, &length, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "agency is NULL");
    EXPECT_FAILURE(ogi_report_json(NULL, &out, &length, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "report is NULL");
    EXPECT_FAILURE(ogi_report_json(report, NULL, NULL, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "json is NULL");

    EXPECT_FAILURE(ogi_validate(NULL, NULL, NULL, 0, &out, &length, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "report is NULL");
    EXPECT_FAILURE(ogi_validate(report, NULL, NULL, 0, NULL, &length, ERR), OGI_INVALID_ARGUMENT,
                   "invalid_argument", "findings_json is NULL");
    EXPECT_FAILURE(ogi_validate(report, NULL, NULL, 3, &out, &length, ERR), OGI_INVALID_ARGUMENT,
                   "invalid_argument", "source is NULL but its length is 3");
    EXPECT_FAILURE(ogi_validate(report, NULL, "a\xff", 2, &out, &length, ERR), OGI_INVALID_ARGUMENT,
                   "invalid_argument", "source is not UTF-8: byte 1 of 2");
    CHECK(out == NULL && length == 0);
    /* The source is its (pointer, length), not up to a NUL. */
    CHECK(ogi_validate(report, NULL, "report.txtGARBAGE", 10, &out, NULL, NULL, NULL) == OGI_OK);
    CHECK(contains(out, "\"source\":\"report.txt\","));
    ogi_free(out);
    ogi_report_free(report);
    free(text.data);
}

static void test_sum(void) {
    bytes longhua_text = read_fixture("reports/2020_longhua-data-bureau.txt");
    ogi_report *longhua = read_report(longhua_text);
    const ogi_report *twice[2];
    const ogi_report *with_null[2];
    ogi_report *total = (ogi_report *)&total;
    char *json = NULL, *agency = NULL;
    int year = 0;
    twice[0] = longhua;
    twice[1] = longhua;
    with_null[0] = longhua;
    with_null[1] = NULL;

    /* Longhua's one application from a natural person, added to itself: two; under the agency given. */
    CHECK(ogi_sum(twice, 2, "Region", 6, &total, NULL, NULL) == OGI_OK);
    CHECK(ogi_report_year(total, &year, NULL, NULL) == OGI_OK && year == 2020);
    CHECK(ogi_report_agency(total, &agency, NULL, NULL, NULL) == OGI_OK && agency && strcmp(agency, "Region") == 0);
    CHECK(ogi_report_json(total, &json, NULL, NULL, NULL) == OGI_OK);
    CHECK(contains(json, "\"new_received\": {\n      \"natural_person\": 2,"));
    ogi_free(json);
    ogi_free(agency);
    ogi_report_free(total);

    EXPECT_FAILURE(ogi_sum(twice, 0, "Region", 6, &total, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "no reports to sum");
    EXPECT_FAILURE(ogi_sum(NULL, 2, "Region", 6, &total, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "reports is NULL");
    EXPECT_FAILURE(ogi_sum(with_null, 2, "Region", 6, &total, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "reports[1] is NULL");
    EXPECT_FAILURE(ogi_sum(twice, 2, NULL, 6, &total, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "agency is NULL but its length is 6");
    EXPECT_FAILURE(ogi_sum(twice, 2, "\xc3(", 2, &total, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "agency is not UTF-8: byte 0 of 2");
    EXPECT_FAILURE(ogi_sum(twice, 2, "Region", 6, NULL, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "sum is NULL");
    ogi_report_free(longhua);
    free(longhua_text.data);
}

static void test_sum_refusal_message(void) {
    bytes a = read_fixture("reports/2020_longhua-data-bureau.txt");
    bytes b = read_fixture("reports/2023_hongze-district.txt");
    ogi_report *first = read_report(a), *second = read_report(b), *total = NULL;
    const ogi_report *both[2];
    char *error = NULL;
    both[0] = first;
    both[1] = second;
    CHECK(ogi_sum(both, 2, NULL, 0, &total, &error, NULL) == OGI_SUM_REFUSED);
    CHECK(contains(error, "\"status\":\"sum_refused\"") && contains(error, "2020") && contains(error, "2023"));
    ogi_free(error);
    ogi_report_free(first);
    ogi_report_free(second);
    free(a.data);
    free(b.data);
}

static void test_rules_and_schemas(void) {
    char *out = NULL;
    size_t length = 0;
    CHECK(ogi_rules(OGI_FORMAT_JSON, &out, &length, NULL, NULL) == OGI_OK && text_output(out, length));
    CHECK(contains(out, "{\"rules\":[{\"id\":\"") && contains(out, "\"APP-ROW\""));
    ogi_free(out);
    CHECK(ogi_rules(OGI_FORMAT_MD, &out, &length, NULL, NULL) == OGI_OK && text_output(out, length));
    CHECK(contains(out, "| APP-ROW |") || contains(out, "| `APP-ROW` |"));
    ogi_free(out);
    EXPECT_FAILURE(ogi_rules(OGI_FORMAT_HTML, &out, &length, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "not format 3");
    EXPECT_FAILURE(ogi_rules(OGI_FORMAT_JSON, NULL, &length, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "rules is NULL");

    CHECK(ogi_schema(OGI_SCHEMA_REPORT, &out, &length, NULL, NULL) == OGI_OK && text_output(out, length));
    CHECK(contains(out, "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    CHECK(contains(out, "ogi-report/1"));
    ogi_free(out);
    CHECK(ogi_schema(OGI_SCHEMA_FINDINGS, &out, &length, NULL, NULL) == OGI_OK && text_output(out, length));
    CHECK(contains(out, "ogi-findings/1"));
    ogi_free(out);
    EXPECT_FAILURE(ogi_schema(2, &out, &length, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "schema kind 2 is no ogi_schema_kind");
    EXPECT_FAILURE(ogi_schema(OGI_SCHEMA_REPORT, NULL, &length, ERR), OGI_INVALID_ARGUMENT, "invalid_argument",
                   "schema is NULL");
}

/* Several threads at once, each with a handle of its own or all with one handle, give what one thread gives. */
typedef struct {
    bytes input;
    const ogi_report *shared; /* NULL: the thread reads a handle of its own */
    char *findings;
    char *html;
} thread_work;

static void *validate_and_convert(void *argument) {
    thread_work *work = argument;
    ogi_report *own = NULL;
    const ogi_report *report = work->shared;
    if (report == NULL && ogi_report_read(work->input.data, work->input.length, 0, &own, NULL, NULL) == OGI_OK)
        report = own;
    ogi_validate(report, NULL, "t", 1, &work->findings, NULL, NULL, NULL);
    ogi_convert(report, OGI_FORMAT_HTML, 0, &work->html, NULL, NULL, NULL);
    ogi_report_free(own);
    return NULL;
}

static void test_threads(void) {
    enum { thread_count = 6 };
    pthread_t threads[thread_count];
    thread_work work[thread_count];
    thread_work alone;
    ogi_report *shared;
    int i;
    alone.input = read_fixture("reports/2020_longhua-data-bureau.txt");
    alone.shared = NULL;
    alone.findings = alone.html = NULL;
    validate_and_convert(&alone);
    shared = read_report(alone.input);
    for (i = 0; i < thread_count; ++i) {
        work[i] = alone;
        work[i].shared = i % 2 == 0 ? NULL : shared;
        work[i].findings = work[i].html = NULL;
        CHECK(pthread_create(&threads[i], NULL, validate_and_convert, &work[i]) == 0);
    }
    for (i = 0; i < thread_count; ++i) {
        CHECK(pthread_join(threads[i], NULL) == 0);
        CHECK(work[i].findings != NULL && alone.findings != NULL && strcmp(work[i].findings, alone.findings) == 0);
        CHECK(work[i].html != NULL && alone.html != NULL && strcmp(work[i].html, alone.html) == 0);
        ogi_free(work[i].findings);
        ogi_free(work[i].html);
    }
    ogi_free(alone.findings);
    ogi_free(alone.html);
    ogi_report_free(shared);
    free(alone.input.data);
}

int main(void) {
    test_version();
    test_longhua();
    test_previous_year();
    test_documents();
    test_convert();
    test_read_errors();
    test_import_findings();
    test_accessor_errors();
    test_sum();
    test_sum_refusal_message();
    test_rules_and_schemas();
    test_threads();
    if (failures > 0) fprintf(stderr, "%d checks failed\n", failures);
    return failures > 0 ? 1 : 0;
}
