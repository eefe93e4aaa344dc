#pragma once

#include "core/http/HeaderLines.h"
#include "core/policy/CorsPolicy.h"

#include <QList>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStringList>

// The shared half of the framework differential suites (Express, Flask-CORS,
// django-cors-headers): the requests every option set gets, and the comparison of the real
// library's answers with the playground's. The real server picks its option set by the
// "X-Policy-Index" header.
namespace FrameworkDifferential {

struct Request
{
    QByteArray method;
    QString path;
    HeaderLines headers;
};

// With and without Origin, allowed, refused, look-alike and upper-case origins, null,
// preflights for listed and unlisted methods and headers, OPTIONS without
// Access-Control-Request-Method, cookies, paths inside and outside /api/.
QList<Request> requests();

struct Result
{
    int compared = 0;
    int optionSets = 0;
    int requestCount = 0;
    QStringList mismatches;
    // Why the comparison could not run (the real server did not start); empty when it ran.
    QString error;
};

// A seeded choice, so a failing option set is the same one on the next run.
template<typename T> const T &pick(QRandomGenerator &random, const QList<T> &choices)
{
    return choices.at(random.bounded(int(choices.size())));
}

// Starts the real server (program script POLICIES.json), compares it with the playground on
// every policy and the standard requests, logs the figures and stops it.
Result run(const QString &program, const QString &script, const QProcessEnvironment &environment,
           const QList<CorsPolicy> &policies);

// The lines a browser's CORS check reads, names lower-cased.
QList<HeaderLines::Line> corsLines(const HeaderLines &headers);

// The policies as the JSON list the real servers read, in a file under folder.
QString writePolicies(const QString &folder, const QList<CorsPolicy> &policies);

// Sends every request under every policy to both servers and compares the status, every
// Access-Control-* and Vary line (in order, names in any case) and, for OPTIONS, the body.
Result compare(quint16 realServerPort, const QList<CorsPolicy> &policies,
               const QList<Request> &requests);

} // namespace FrameworkDifferential
