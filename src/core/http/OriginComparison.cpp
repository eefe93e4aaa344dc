#include "core/http/OriginComparison.h"

#include "core/http/Origin.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OriginComparison)
};

void noteNormalisation(const QString &text, const OriginComparison::Parts &parts,
                       QStringList &reasons)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed);
    const QString beforePath = trimmed.section(u'/', 0, 2);
    if (beforePath != beforePath.toLower())
        reasons.append(Text::tr("%1: scheme and host are compared in lower case.").arg(text));
    if (parts.portIsDefault)
        reasons.append(Text::tr("%1: no port given, so the default %2 for %3 applies.")
                           .arg(text)
                           .arg(parts.port)
                           .arg(parts.scheme));
    if (!url.path().isEmpty() || url.hasQuery() || url.hasFragment())
        reasons.append(Text::tr("%1: the path, query and fragment are not part of the origin. "
                                "Access-Control-Allow-Origin is compared as text, though, so "
                                "\"%2/\" there would not match \"%2\".")
                           .arg(text, parts.origin));
}

} // namespace

OriginComparison::Parts OriginComparison::parse(const QString &text)
{
    Parts parts;
    const Origin origin = Origin::fromUrl(QUrl(text.trimmed(), QUrl::StrictMode));
    if (!origin.isValid()) {
        parts.error = Text::tr("not a URL with scheme and host, such as http://localhost:3000");
        return parts;
    }
    parts.valid = true;
    parts.scheme = origin.scheme();
    parts.host = origin.host();
    parts.portIsDefault = origin.portIsImplicit();
    parts.port = origin.port();
    parts.origin = origin.serialized();
    return parts;
}

OriginComparison OriginComparison::compare(const QString &first, const QString &second)
{
    OriginComparison comparison;
    comparison.first = parse(first);
    comparison.second = parse(second);
    if (!comparison.first.valid || !comparison.second.valid)
        return comparison;
    const Parts &a = comparison.first;
    const Parts &b = comparison.second;
    if (a.scheme != b.scheme)
        comparison.reasons.append(
            Text::tr("The schemes differ: %1 and %2.").arg(a.scheme, b.scheme));
    if (a.host != b.host)
        comparison.reasons.append(Text::tr("The hosts differ: %1 and %2 (even if both reach the "
                                           "same machine, as localhost and 127.0.0.1 do).")
                                      .arg(a.host, b.host));
    if (a.port != b.port)
        comparison.reasons.append(Text::tr("The ports differ: %1 and %2.").arg(a.port).arg(b.port));
    comparison.sameOrigin = comparison.reasons.isEmpty();
    noteNormalisation(first, a, comparison.reasons);
    noteNormalisation(second, b, comparison.reasons);
    return comparison;
}
