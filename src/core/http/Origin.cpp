#include "core/http/Origin.h"

#include <QHostAddress>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

Origin Origin::fromUrl(const QUrl &url)
{
    Origin origin;
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return origin;
    origin.m_scheme = url.scheme().toLower();
    origin.m_host = url.host(QUrl::FullyEncoded).toLower();
    origin.m_portIsImplicit = url.port() == -1;
    origin.m_port = origin.m_portIsImplicit ? defaultPort(origin.m_scheme) : url.port();
    return origin;
}

Origin Origin::parse(const QString &text, Problem *problem)
{
    const auto fail = [problem](Problem why) {
        if (problem)
            *problem = why;
        return Origin();
    };
    if (text.isEmpty())
        return fail(Problem::Empty);
    if (text.trimmed() != text)
        return fail(Problem::SurroundingSpaces);
    if (text.indexOf(u"://") <= 0)
        return fail(Problem::NoScheme);
    const QString rest = text.mid(withoutPath(text).size());
    if (rest == u"/")
        return fail(Problem::TrailingSlash);
    if (!rest.isEmpty())
        return fail(Problem::PathQueryOrFragment);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(Problem::InvalidUrl);
    if (!url.userInfo().isEmpty())
        return fail(Problem::UserInfo);
    if (url.host().isEmpty())
        return fail(Problem::NoHost);
    if (problem)
        *problem = Problem::None;
    return fromUrl(url);
}

QString Origin::withoutPath(const QString &text)
{
    const qsizetype schemeEnd = text.indexOf(u"://");
    if (schemeEnd < 0)
        return text;
    qsizetype authorityEnd = text.size();
    for (const QChar delimiter : {u'/', u'?', u'#'}) {
        const qsizetype found = text.indexOf(delimiter, schemeEnd + 3);
        if (found >= 0)
            authorityEnd = std::min(authorityEnd, found);
    }
    return text.left(authorityEnd);
}

int Origin::defaultPort(const QString &scheme)
{
    if (scheme == u"http" || scheme == u"ws")
        return 80;
    if (scheme == u"https" || scheme == u"wss")
        return 443;
    if (scheme == u"ftp")
        return 21;
    return -1;
}

bool Origin::matchesUrl(const QString &serializedOrigin, const QUrl &url)
{
    const Origin origin = fromUrl(url);
    return origin.isValid() && serializedOrigin == origin.serialized();
}

QString Origin::serialized() const
{
    if (!isValid())
        return u"null"_s;
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    const bool showPort = m_port != -1 && m_port != defaultPort(m_scheme);
    return m_scheme + u"://" + host + (showPort ? u':' + QString::number(m_port) : QString());
}

bool Origin::isPotentiallyTrustworthy() const
{
    if (m_scheme == u"https" || m_scheme == u"wss")
        return true;
    if (m_host == u"localhost" || m_host.endsWith(u".localhost"))
        return true;
    const QHostAddress address(m_host);
    return !address.isNull() && address.isLoopback();
}

bool Origin::operator==(const Origin &other) const
{
    return isValid() && other.isValid() && m_scheme == other.m_scheme && m_host == other.m_host
        && m_port == other.m_port;
}
