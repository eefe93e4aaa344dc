#include "core/browser/FetchRules.h"

#include "core/http/HttpSyntax.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FetchRules)
};

constexpr qsizetype MaximumSafelistedValueBytes = 128;
constexpr qsizetype MaximumSafelistedTotalBytes = 1024;

bool isCorsUnsafeByte(char character)
{
    const auto byte = static_cast<unsigned char>(character);
    return (byte < 0x20 && byte != 0x09) || byte == 0x7f
        || QByteArrayView("\"():<>?@[\\]{}").contains(character);
}

bool isLanguageCharacter(char character)
{
    return (character >= '0' && character <= '9') || (character >= 'A' && character <= 'Z')
        || (character >= 'a' && character <= 'z') || QByteArrayView(" *,-.;=").contains(character);
}

bool isNumber(const QByteArray &value, bool allowFraction)
{
    static const QRegularExpression integer(u"^[0-9]+$"_s);
    static const QRegularExpression fraction(u"^[0-9]+(\\.[0-9]+)?$"_s);
    return (allowFraction ? fraction : integer).match(QString::fromLatin1(value)).hasMatch();
}

QString quoted(const QByteArray &value)
{
    return u'"' + QString::fromLatin1(value) + u'"';
}

QString contentTypeProblem(const QByteArray &value)
{
    const QByteArray lower = value.toLower();
    if (std::any_of(lower.cbegin(), lower.cend(), isCorsUnsafeByte))
        return Text::tr("its value %1 contains a character that is not CORS-safe")
            .arg(quoted(value));
    const QByteArray essence = lower.split(';').first().trimmed();
    static const QList<QByteArray> safelisted{"application/x-www-form-urlencoded",
                                              "multipart/form-data", "text/plain"};
    if (!safelisted.contains(essence))
        return Text::tr("Content-Type %1 is not one of application/x-www-form-urlencoded, "
                        "multipart/form-data or text/plain")
            .arg(quoted(essence));
    return {};
}

bool isSimpleRange(const QByteArray &value)
{
    static const QRegularExpression range(u"^bytes=([0-9]+)-([0-9]+)?$"_s);
    const QRegularExpressionMatch match = range.match(QString::fromLatin1(value.toLower()));
    if (!match.hasMatch())
        return false;
    return !match.hasCaptured(2)
        || match.captured(2).toULongLong() >= match.captured(1).toULongLong();
}

// The set of Chromium's IsCorsSafelistedHeader, without the Sec- client hints that a page
// cannot set anyway.
QString valueProblem(const QByteArray &lowerName, const QByteArray &value)
{
    const QString notSafe = Text::tr("its value %1 is not allowed for %2 without a preflight")
                                .arg(quoted(value), QString::fromLatin1(lowerName));
    if (lowerName == "accept")
        return std::any_of(value.cbegin(), value.cend(), isCorsUnsafeByte) ? notSafe : QString();
    if (lowerName == "accept-language" || lowerName == "content-language")
        return std::all_of(value.cbegin(), value.cend(), isLanguageCharacter) ? QString() : notSafe;
    if (lowerName == "content-type")
        return contentTypeProblem(value);
    if (lowerName == "range")
        return isSimpleRange(value) ? QString() : notSafe;
    if (lowerName == "device-memory" || lowerName == "dpr" || lowerName == "downlink")
        return isNumber(value, true) ? QString() : notSafe;
    if (lowerName == "width" || lowerName == "viewport-width" || lowerName == "rtt")
        return isNumber(value, false) ? QString() : notSafe;
    if (lowerName == "ect")
        return QList<QByteArray>{"slow-2g", "2g", "3g", "4g"}.contains(value) ? QString() : notSafe;
    if (lowerName == "save-data")
        return value.toLower() == "on" ? QString() : notSafe;
    return {};
}

} // namespace

namespace FetchRules {

QByteArray normalizeMethod(const QString &method)
{
    const QByteArray bytes = method.toLatin1();
    const QByteArray upper = bytes.toUpper();
    static const QList<QByteArray> normalized{"DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"};
    return normalized.contains(upper) ? upper : bytes;
}

bool isForbiddenMethod(const QByteArray &method)
{
    const QByteArray upper = method.toUpper();
    return upper == "CONNECT" || upper == "TRACE" || upper == "TRACK";
}

bool isSafelistedMethod(const QByteArray &method)
{
    const QByteArray upper = method.toUpper();
    return upper == "GET" || upper == "HEAD" || upper == "POST";
}

bool isForbiddenRequestHeader(const QByteArray &name, const QByteArray &value)
{
    static const QList<QByteArray> forbidden{"accept-charset",
                                             "accept-encoding",
                                             "access-control-request-headers",
                                             "access-control-request-method",
                                             "access-control-request-private-network",
                                             "connection",
                                             "content-length",
                                             "cookie",
                                             "cookie2",
                                             "date",
                                             "dnt",
                                             "expect",
                                             "host",
                                             "keep-alive",
                                             "origin",
                                             "referer",
                                             "set-cookie",
                                             "te",
                                             "trailer",
                                             "transfer-encoding",
                                             "upgrade",
                                             "user-agent",
                                             "via"};
    const QByteArray lower = name.toLower();
    if (forbidden.contains(lower) || lower.startsWith("proxy-") || lower.startsWith("sec-"))
        return true;
    if (lower == "x-http-method" || lower == "x-http-method-override"
        || lower == "x-method-override") {
        const QList<QByteArray> methods = value.split(',');
        return std::any_of(methods.cbegin(), methods.cend(), [](const QByteArray &method) {
            return isForbiddenMethod(method.trimmed());
        });
    }
    return false;
}

QString safelistProblem(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    static const QList<QByteArray> safelistedNames{"accept",
                                                   "accept-language",
                                                   "content-language",
                                                   "content-type",
                                                   "range",
                                                   "intervention",
                                                   "device-memory",
                                                   "dpr",
                                                   "width",
                                                   "viewport-width",
                                                   "rtt",
                                                   "downlink",
                                                   "ect",
                                                   "save-data"};
    if (!safelistedNames.contains(lower))
        return Text::tr("%1 is not a CORS-safelisted header").arg(QString::fromLatin1(name));
    if (value.size() > MaximumSafelistedValueBytes)
        return Text::tr("its value is %1 bytes long, over the 128 bytes a safelisted header may "
                        "have")
            .arg(value.size());
    return valueProblem(lower, value);
}

QList<UnsafeHeader> unsafeRequestHeaders(const HeaderLines &headers)
{
    QList<UnsafeHeader> unsafe;
    QList<QByteArray> safelistedNames;
    qsizetype safelistedBytes = 0;
    for (const auto &line : headers.lines()) {
        // Headers the browser adds itself (Cookie, Origin, ...) never call for a preflight.
        if (isForbiddenRequestHeader(line.first, line.second))
            continue;
        const QString problem = safelistProblem(line.first, line.second);
        if (!problem.isEmpty()) {
            unsafe.append({line.first.toLower(), problem});
        } else {
            safelistedNames.append(line.first.toLower());
            safelistedBytes += line.second.size();
        }
    }
    if (safelistedBytes > MaximumSafelistedTotalBytes) {
        for (const QByteArray &name : std::as_const(safelistedNames))
            unsafe.append({name,
                           Text::tr("the safelisted headers together are %1 bytes, over "
                                    "the 1024 bytes allowed without a preflight")
                               .arg(safelistedBytes)});
    }
    return unsafe;
}

QByteArray accessControlRequestHeaders(const QList<UnsafeHeader> &unsafeHeaders)
{
    QList<QByteArray> names;
    for (const UnsafeHeader &header : unsafeHeaders) {
        if (!names.contains(header.lowerCaseName))
            names.append(header.lowerCaseName);
    }
    std::sort(names.begin(), names.end());
    return names.join(',');
}

bool isSameSite(const QString &origin, const QUrl &url)
{
    const QUrl originUrl(origin);
    if (originUrl.scheme() != url.scheme())
        return false;
    const QString first = originUrl.host().toLower();
    const QString second = url.host().toLower();
    if (!QHostAddress(first).isNull() || !QHostAddress(second).isNull())
        return first == second;
    const auto registrable = [](const QString &host) { return host.section(u'.', -2); };
    return registrable(first) == registrable(second);
}

QList<QByteArray> exposedResponseHeaders(const HeaderLines &responseHeaders,
                                         bool credentialsIncluded)
{
    QList<QByteArray> exposed{"cache-control", "content-language", "content-length", "content-type",
                              "expires",       "last-modified",    "pragma"};
    bool exposeAll = false;
    const QList<QByteArray> listed
        = responseHeaders.combinedValue("Access-Control-Expose-Headers").split(',');
    QList<QByteArray> names;
    bool valid = true;
    for (const QByteArray &item : listed) {
        const QByteArray name = item.trimmed();
        if (name.isEmpty())
            continue;
        if (name == "*")
            exposeAll = !credentialsIncluded;
        else if (!HttpSyntax::isToken(name))
            valid = false;
        names.append(name.toLower());
    }
    if (valid)
        exposed.append(names);

    QList<QByteArray> present;
    for (const auto &line : responseHeaders.lines()) {
        const QByteArray name = line.first.toLower();
        if (name == "set-cookie" || name == "set-cookie2")
            continue;
        if ((exposeAll || exposed.contains(name)) && !present.contains(name))
            present.append(name);
    }
    std::sort(present.begin(), present.end());
    return present;
}

} // namespace FetchRules
