/* Validates a report through ogi's C ABI and prints its corrections: e.g. the README's sample,
 *     c_consumer tests/fixtures/reports/2020_longhua-data-bureau.txt
 * The file may be any kind ogi reads (text, PDF, Word, web page, JSON). Exit status: 0 when validation ran,
 * 2 when the file cannot be read (the error document on standard error). */
#include <ogi/ogi.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The file's bytes; ogi takes (pointer, length), so no NUL is added. */
static char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    char *bytes = NULL;
    long size;
    if (file == NULL) return NULL;
    if (fseek(file, 0, SEEK_END) == 0 && (size = ftell(file)) >= 0 && fseek(file, 0, SEEK_SET) == 0) {
        bytes = malloc(size > 0 ? (size_t)size : 1);
        if (bytes != NULL && fread(bytes, 1, (size_t)size, file) == (size_t)size) {
            *length = (size_t)size;
        } else {
            free(bytes);
            bytes = NULL;
        }
    }
    fclose(file);
    return bytes;
}

/* The corrections of the findings document, one per line. The document's shape is fixed
 * ({"path":…,"reported":…,"suggested":…} in this order, docs/json-contract.md): a program with a JSON library at
 * hand parses it instead. */
static void print_corrections(const char *findings) {
    const char *entry = strstr(findings, "\"corrections\":[");
    char path[256];
    unsigned long long reported, suggested;
    int used = 0;
    if (entry == NULL) return;
    entry += strlen("\"corrections\":[");
    while (sscanf(entry, "{\"path\":\"%255[^\"]\",\"reported\":%llu,\"suggested\":%llu}%n", path, &reported,
                  &suggested, &used) == 3 && used > 0) {
        printf("correction %s: %llu -> %llu\n", path, reported, suggested);
        entry += used;
        if (*entry == ',') ++entry;
        used = 0;
    }
}

int main(int argc, char **argv) {
    size_t length = 0, agency_length = 0;
    char *bytes, *error = NULL, *agency = NULL, *findings = NULL;
    ogi_report *report = NULL;
    int year = 0;
    if (argc != 2) {
        fprintf(stderr, "usage: c_consumer REPORT\n");
        return 2;
    }
    bytes = read_file(argv[1], &length);
    if (bytes == NULL) {
        perror(argv[1]);
        return 2;
    }
    if (ogi_report_read(bytes, length, 0, &report, &error, NULL) != OGI_OK) {
        fprintf(stderr, "%s: %s\n", argv[1], error);
        ogi_free(error);
        free(bytes);
        return 2;
    }
    if (ogi_report_agency(report, &agency, &agency_length, &error, NULL) != OGI_OK ||
        ogi_report_year(report, &year, &error, NULL) != OGI_OK ||
        ogi_validate(report, NULL, argv[1], strlen(argv[1]), &findings, NULL, &error, NULL) != OGI_OK) {
        fprintf(stderr, "%s: %s\n", argv[1], error);
        return 2;
    }
    printf("%s %d\n", agency, year);
    print_corrections(findings);
    ogi_free(findings);
    ogi_free(agency);
    ogi_report_free(report);
    free(bytes);
    return 0;
}
