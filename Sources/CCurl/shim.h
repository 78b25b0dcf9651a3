#ifndef CCURL_SHIM_H
#define CCURL_SHIM_H
// libcurl for SMTP. `curl_easy_setopt` and `curl_easy_getinfo` are C variadic functions,
// which Swift cannot call: each option used gets a typed function here. The read and debug
// callbacks are C too, so Swift hands libcurl only plain buffers.
#include <curl/curl.h>
#include <string.h>

static inline CURLcode circles_curl_set_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode circles_curl_set_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode circles_curl_set_list(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline long circles_curl_response_code(CURL *handle) {
    long code = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

/// The message being uploaded: libcurl reads it through `circles_curl_read`.
typedef struct {
    const char *data;
    size_t length;
    size_t offset;
} circles_curl_upload;

static inline size_t circles_curl_read(char *buffer, size_t size, size_t count, void *user) {
    circles_curl_upload *upload = (circles_curl_upload *)user;
    size_t room = size * count;
    size_t left = upload->length - upload->offset;
    size_t n = left < room ? left : room;
    memcpy(buffer, upload->data + upload->offset, n);
    upload->offset += n;
    return n;
}

/// The server's last reply line, and its last refusal (4xx or 5xx, e.g. `550 5.1.1 ...
/// rejected`), kept so that a refusal is recorded in the server's own words even after libcurl
/// closed the connection (QUIT's `221 Bye` comes last). Only lines the server sent are kept;
/// what we sent (AUTH carries the password) is never looked at.
/// `error` is libcurl's CURLOPT_ERRORBUFFER: it says at which step a refusal came
/// (`RCPT failed: 550`, `MAIL failed: 530`).
typedef struct {
    char line[512];
    char failure[512];
    char error[CURL_ERROR_SIZE];
} circles_curl_reply;

static inline int circles_curl_debug(CURL *handle, curl_infotype type, char *data, size_t size, void *user) {
    (void)handle;
    if (type != CURLINFO_HEADER_IN) return 0;
    circles_curl_reply *reply = (circles_curl_reply *)user;
    size_t n = size < sizeof(reply->line) - 1 ? size : sizeof(reply->line) - 1;
    memcpy(reply->line, data, n);
    while (n > 0 && (reply->line[n - 1] == '\n' || reply->line[n - 1] == '\r')) n--;
    reply->line[n] = 0;
    if (n > 0 && (reply->line[0] == '4' || reply->line[0] == '5')) memcpy(reply->failure, reply->line, n + 1);
    return 0;
}

/// Points libcurl's read callback at `upload` and its debug callback at `reply`.
static inline void circles_curl_set_callbacks(CURL *handle, circles_curl_upload *upload, circles_curl_reply *reply) {
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, circles_curl_read);
    curl_easy_setopt(handle, CURLOPT_READDATA, upload);
    curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, circles_curl_debug);
    curl_easy_setopt(handle, CURLOPT_DEBUGDATA, reply);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, reply->error);
    curl_easy_setopt(handle, CURLOPT_VERBOSE, 1L);
}
#endif
