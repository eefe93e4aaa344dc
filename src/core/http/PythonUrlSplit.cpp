#include "core/http/PythonUrlSplit.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {

bool isSchemeCharacter(QChar character)
{
    return (character.isLetterOrNumber() && character.unicode() < 0x80) || character == u'+'
        || character == u'-' || character == u'.';
}

// urllib.parse._check_bracketed_netloc: a bracketed host must be IPv6 or IPvFuture.
bool bracketedNetlocIsValid(const QString &netloc)
{
    const QString hostAndPort = netloc.mid(netloc.lastIndexOf(u'@') + 1);
    const qsizetype open = hostAndPort.indexOf(u'[');
    if (open < 0)
        return true;
    if (open > 0)
        return false;
    const QString bracketed = hostAndPort.mid(open + 1);
    const qsizetype close = bracketed.indexOf(u']');
    const QString host = close < 0 ? bracketed : bracketed.left(close);
    const QString port = close < 0 ? QString() : bracketed.mid(close + 1);
    if (!port.isEmpty() && !port.startsWith(u':'))
        return false;
    if (host.startsWith(u'v')) {
        static const QRegularExpression future(QStringLiteral("\\Av[a-fA-F0-9]+\\..+\\z"));
        return future.match(host).hasMatch();
    }
    QHostAddress address;
    return address.setAddress(host) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

} // namespace

std::optional<PythonUrlSplit> PythonUrlSplit::split(QString url)
{
    qsizetype start = 0;
    while (start < url.size() && url.at(start).unicode() <= 0x20)
        ++start;
    url = url.mid(start);
    url.remove(u'\t').remove(u'\r').remove(u'\n');

    PythonUrlSplit result;
    const qsizetype colon = url.indexOf(u':');
    if (colon > 0 && url.at(0).unicode() < 0x80 && url.at(0).isLetter()) {
        const QString candidate = url.left(colon);
        if (std::all_of(candidate.cbegin(), candidate.cend(), isSchemeCharacter)) {
            result.scheme = candidate.toLower();
            url = url.mid(colon + 1);
        }
    }
    if (url.startsWith(u"//")) {
        qsizetype end = url.size();
        for (const QChar delimiter : {u'/', u'?', u'#'}) {
            const qsizetype found = url.indexOf(delimiter, 2);
            if (found >= 0)
                end = std::min(end, found);
        }
        result.netloc = url.mid(2, end - 2);
        url = url.mid(end);
        const bool open = result.netloc.contains(u'[');
        const bool close = result.netloc.contains(u']');
        if (open != close)
            return std::nullopt;
        if (open && !bracketedNetlocIsValid(result.netloc))
            return std::nullopt;
    }
    const qsizetype hash = url.indexOf(u'#');
    if (hash >= 0) {
        result.fragment = url.mid(hash + 1);
        url = url.left(hash);
    }
    const qsizetype question = url.indexOf(u'?');
    if (question >= 0) {
        result.query = url.mid(question + 1);
        url = url.left(question);
    }
    result.path = url;
    return result;
}
