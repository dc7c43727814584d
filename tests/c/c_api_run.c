/* What the C API gives for a file, on standard output, for comparison with the ogi tool (same_as_tool.py):
 *     c_api_run validate FILE      the findings document (ogi validate --format json FILE)
 *     c_api_run FORMAT FILE        the report converted (ogi convert --to FORMAT FILE): json csv md html txt docx
 * Exit status 2 with the error document on standard error when the file cannot be read. */
#include <ogi/ogi.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const formats[] = {"json", "csv", "md", "html", "txt", "docx"};

int main(int argc, char **argv) {
    FILE *file;
    char *bytes, *output = NULL, *error = NULL;
    long size;
    size_t length = 0;
    ogi_report *report = NULL;
    ogi_status status;
    int format = -1, i;
    if (argc != 3) {
        fprintf(stderr, "usage: c_api_run validate|json|csv|md|html|txt|docx FILE\n");
        return 2;
    }
    for (i = 0; i < (int)(sizeof formats / sizeof formats[0]); ++i)
        if (strcmp(argv[1], formats[i]) == 0) format = i;
    file = fopen(argv[2], "rb");
    if (file == NULL || fseek(file, 0, SEEK_END) != 0 || (size = ftell(file)) < 0 || fseek(file, 0, SEEK_SET) != 0)
        return 2;
    bytes = malloc(size > 0 ? (size_t)size : 1);
    if (bytes == NULL || fread(bytes, 1, (size_t)size, file) != (size_t)size) return 2;
    fclose(file);
    status = ogi_report_read(bytes, (size_t)size, 0, &report, &error, NULL);
    if (status == OGI_OK)
        status = strcmp(argv[1], "validate") == 0
                     ? ogi_validate(report, NULL, argv[2], strlen(argv[2]), &output, &length, &error, NULL)
                     : ogi_convert(report, format, 0, &output, &length, &error, NULL);
    if (status != OGI_OK) {
        fprintf(stderr, "%s\n", error);
        return 2;
    }
    fwrite(output, 1, length, stdout);
    ogi_free(output);
    ogi_report_free(report);
    free(bytes);
    return 0;
}
