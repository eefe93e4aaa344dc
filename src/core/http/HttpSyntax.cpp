#include "core/http/HttpSyntax.h"

#include "core/http/Origin.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpSyntax)
};

bool isTokenCharacter(char character)
{
    if ((character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z')
        || (character >= '0' && character <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(character);
}

QString quote(const QString &text)
{
    return u'"' + text + u'"';
}

} // namespace

namespace HttpSyntax {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    return std::all_of(text.begin(), text.end(), isTokenCharacter);
}

bool isValidHeaderValue(const QByteArray &value)
{
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 203:
        return "Non-Authoritative Information";
    case 204:
        return "No Content";
    case 205:
        return "Reset Content";
    case 206:
        return "Partial Content";
    case 300:
        return "Multiple Choices";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 407:
        return "Proxy Authentication Required";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 417:
        return "Expectation Failed";
    case 418:
        return "I'm a teapot";
    case 421:
        return "Misdirected Request";
    case 422:
        return "Unprocessable Content";
    case 425:
        return "Too Early";
    case 426:
        return "Upgrade Required";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 451:
        return "Unavailable For Legal Reasons";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return {};
    }
}

QString originProblem(const QString &origin)
{
    // "*" allows every origin and "null" is what sandboxed pages and file: URLs send.
    if (origin == u"*" || origin == u"null")
        return {};
    Origin::Problem problem = Origin::Problem::None;
    Origin::parse(origin, &problem);
    const QString suggestion = Origin::withoutPath(origin);
    switch (problem) {
    case Origin::Problem::None:
        return {};
    case Origin::Problem::Empty:
        return Text::tr("is empty; an origin looks like \"http://localhost:3000\".");
    case Origin::Problem::SurroundingSpaces:
        return Text::tr("%1 has spaces around it; browsers send the origin without them.")
            .arg(quote(origin));
    case Origin::Problem::NoScheme:
        return Text::tr("%1 has no scheme. An origin is scheme://host[:port], for example "
                        "\"http://%2\".")
            .arg(quote(origin), origin);
    case Origin::Problem::TrailingSlash:
        return Text::tr("%1 ends with a slash. Browsers send the origin without one, so it would "
                        "never match: write %2.")
            .arg(quote(origin), quote(suggestion));
    case Origin::Problem::PathQueryOrFragment:
        return Text::tr("%1 has a path, query or fragment (%2). An origin is only "
                        "scheme://host[:port]: write %3.")
            .arg(quote(origin), quote(origin.mid(suggestion.size())), quote(suggestion));
    case Origin::Problem::InvalidUrl:
        return Text::tr("%1 is not a valid origin: %2.")
            .arg(quote(origin), QUrl(origin, QUrl::StrictMode).errorString().section(u';', 0, 0));
    case Origin::Problem::UserInfo:
        return Text::tr("%1 contains a user name or password; an origin never does.")
            .arg(quote(origin));
    case Origin::Problem::NoHost:
        return Text::tr("%1 has no host.").arg(quote(origin));
    }
    return {};
}

QString methodProblem(const QString &method)
{
    if (method.isEmpty())
        return Text::tr("is empty; a method is a word such as GET or PUT.");
    if (method == u"*")
        return {};
    if (!isToken(method.toUtf8()))
        return Text::tr("%1 is not a valid HTTP method: use letters, digits or !#$%&'*+-.^_`|~, "
                        "no spaces or commas.")
            .arg(quote(method));
    return {};
}

QString headerNameProblem(const QString &name)
{
    if (name.isEmpty())
        return Text::tr("is empty; a header name is a word such as Content-Type.");
    if (name == u"*")
        return {};
    if (name.endsWith(u':'))
        return Text::tr("%1 ends with a colon; write the header name without it.").arg(quote(name));
    if (!isToken(name.toUtf8()))
        return Text::tr("%1 is not a valid header name: use letters, digits or !#$%&'*+-.^_`|~, "
                        "no spaces, colons or commas.")
            .arg(quote(name));
    return {};
}

QString headerValueProblem(const QString &value)
{
    if (!isValidHeaderValue(value.toUtf8()))
        return Text::tr("contains a line break or NUL character, which would end the header line.");
    return {};
}

} // namespace HttpSyntax
