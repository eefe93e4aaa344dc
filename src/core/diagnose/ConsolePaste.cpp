#include "core/diagnose/ConsolePaste.h"

#include "core/browser/CorsMessages.h"
#include "core/browser/InitiatorFacts.h"

#include <QMetaEnum>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

// Stand-ins given to CorsMessages so that its words become patterns: the detail a message
// quotes (a header value, a method) and Firefox's status code.
const QString detailMarker = u"QQDETAILQQ"_s;
constexpr int statusMarker = 987654321;

// A template of one failure's words, as a pattern anchored at the start of a reason.
struct ReasonPattern
{
    CorsErrorKind kind;
    QRegularExpression pattern;
};

// Typographic quotes as plain ones, and every run of white space as one space: a message
// survives being retyped, re-wrapped or pasted from a chat.
QString plain(QString text)
{
    text.replace(u'\u2018', u'\'').replace(u'\u2019', u'\'');
    return text.simplified();
}

QString patternText(const QString &words)
{
    QString pattern = QRegularExpression::escape(plain(words));
    pattern.replace(u"\\ "_s, u"\\s*"_s);
    pattern.replace(detailMarker, u"(?<detail>.*?)"_s);
    return u'^' + pattern;
}

QList<CorsErrorKind> corsFailureKinds()
{
    QList<CorsErrorKind> kinds;
    const QMetaEnum meta = QMetaEnum::fromType<CorsErrorKind>();
    for (int index = 0; index < meta.keyCount(); ++index) {
        const auto kind = CorsErrorKind(meta.value(index));
        if (kind != CorsErrorKind::TypeError && kind != CorsErrorKind::NetworkError)
            kinds.append(kind);
    }
    return kinds;
}

const QList<ReasonPattern> &chromiumPatterns(FetchRequest::Initiator initiator)
{
    static QHash<FetchRequest::Initiator, QList<ReasonPattern>> cache;
    auto found = cache.find(initiator);
    if (found == cache.end()) {
        QList<ReasonPattern> patterns;
        for (const CorsErrorKind kind : corsFailureKinds())
            patterns.append({kind,
                             QRegularExpression(patternText(
                                 CorsMessages::chromiumReason({kind, detailMarker}, initiator)))});
        found = cache.insert(initiator, patterns);
    }
    return *found;
}

const QList<ReasonPattern> &firefoxPatterns()
{
    static const QList<ReasonPattern> patterns = [] {
        QList<ReasonPattern> made;
        const QString statusWords = u" Status code: %1."_s.arg(statusMarker);
        const auto reasonOf = [](CorsErrorKind kind) {
            const QString words
                = CorsMessages::firefoxMessage({kind, detailMarker}, QUrl(), statusMarker);
            return words.mid(words.indexOf(u"(Reason: "_s) + 9);
        };
        // Firefox's words for a request that got no answer at all, which it also gives the
        // failures it has no words of its own for.
        const QString noAnswer = reasonOf(CorsErrorKind::InvalidResponse);
        QList<CorsErrorKind> kinds = corsFailureKinds();
        kinds.removeIf([&](CorsErrorKind kind) { return reasonOf(kind) == noAnswer; });
        kinds.append(CorsErrorKind::NetworkError);
        for (const CorsErrorKind kind : kinds) {
            QString words = reasonOf(
                kind == CorsErrorKind::NetworkError ? CorsErrorKind::InvalidResponse : kind);
            const bool hasStatus = words.contains(statusWords);
            words.remove(statusWords);
            QString pattern = patternText(words);
            if (hasStatus)
                pattern += u"(?:\\s*Status\\s*code:\\s*(?<status>\\d+))?"_s;
            made.append({kind, QRegularExpression(pattern)});
        }
        return made;
    }();
    return patterns;
}

// The longest template that the reason starts with; the first kind on a tie, so a reason
// Firefox words alike for the preflight reads as the plain failure.
std::optional<CorsFailure> matchReason(const QString &reason, const QList<ReasonPattern> &patterns,
                                       int *status)
{
    std::optional<CorsFailure> best;
    qsizetype bestLength = -1;
    for (const ReasonPattern &candidate : patterns) {
        const QRegularExpressionMatch match = candidate.pattern.match(reason);
        if (!match.hasMatch() || match.capturedLength(0) <= bestLength)
            continue;
        bestLength = match.capturedLength(0);
        best = CorsFailure{candidate.kind, match.captured(u"detail"_s)};
        if (status && !match.captured(u"status"_s).isEmpty())
            *status = match.captured(u"status"_s).toInt();
    }
    return best;
}

QUrl urlFrom(QString text)
{
    // A URL has no spaces: any is left from a wrapped line.
    text.remove(u' ');
    return QUrl(text);
}

// fetch|XMLHttpRequest|font|image|script|CSS stylesheet, from the simulator's own words.
QString initiatorWords()
{
    QStringList words;
    for (const FetchRequest::Initiator initiator : FetchRequest::initiators())
        words.append(QRegularExpression::escape(InitiatorFacts::wordFor(initiator)));
    words.removeDuplicates();
    return words.join(u'|');
}

std::optional<ConsoleError> readChromium(const QString &segment)
{
    static const QRegularExpression message(
        u"^Access to (?<word>%1) at '(?<url>[^']*)'(?:\\s*\\(redirected from "
        u"'(?<from>[^']*)'\\))? from origin '(?<origin>[^']*)' has been blocked by CORS "
        u"policy:\\s*(?<reason>.*)$"_s.arg(initiatorWords()),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = message.match(segment);
    if (!match.hasMatch())
        return std::nullopt;
    ConsoleError error;
    error.browser = ConsoleError::Browser::Chromium;
    // "script" is a classic script first: a module script words its errors alike.
    for (const FetchRequest::Initiator initiator : FetchRequest::initiators()) {
        if (InitiatorFacts::wordFor(initiator) == match.captured(u"word"_s)) {
            error.initiator = initiator;
            break;
        }
    }
    error.url = urlFrom(match.captured(u"url"_s));
    if (match.hasCaptured(u"from"_s))
        error.redirectedFrom = urlFrom(match.captured(u"from"_s));
    error.origin = match.captured(u"origin"_s).remove(u' ');
    const QString reason = match.captured(u"reason"_s);
    error.failure = matchReason(reason, chromiumPatterns(error.initiator), nullptr);
    // Another Chromium version may word it as it words fetch().
    if (!error.failure)
        error.failure
            = matchReason(reason, chromiumPatterns(FetchRequest::Initiator::Fetch), nullptr);
    if (!error.failure)
        return std::nullopt;
    error.message = segment;
    return error;
}

std::optional<ConsoleError> readFirefox(const QString &segment)
{
    static const QRegularExpression message(
        u"^Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote "
        u"resource at (?<url>.+?)\\. \\(Reason: (?<reason>.*)$"_s,
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = message.match(segment);
    if (!match.hasMatch())
        return std::nullopt;
    ConsoleError error;
    error.browser = ConsoleError::Browser::Firefox;
    error.url = urlFrom(match.captured(u"url"_s));
    error.failure = matchReason(match.captured(u"reason"_s), firefoxPatterns(), &error.status);
    if (!error.failure)
        return std::nullopt;
    if (error.failure->kind == CorsErrorKind::NetworkError)
        error.failure->detail = u"CORS request did not succeed"_s;
    error.message = segment;
    return error;
}

// DevTools' "index.html:1 ", "(index):12 ", "localhost/:1 ", "VM42:3 ", "app.3f2a.js:10:5 "
// before a line.
QString withoutSourcePrefix(const QString &line)
{
    static const QRegularExpression prefix(u"^\\s*\\S+?:\\d+(?::\\d+)?\\s+"_s);
    QString stripped = line;
    stripped.remove(prefix);
    // Firefox's link after its message.
    stripped.remove(QRegularExpression(u"\\s*\\[(?:Learn More|Weitere Informationen|En "
                                       u"savoir plus)\\]\\s*$"_s));
    return stripped;
}

// The lines that say a request failed but not why.
QString hiddenCauseOf(const QString &line)
{
    static const QRegularExpression hidden(
        u"(AxiosError: Network Error|TypeError: Failed to fetch|TypeError: NetworkError when "
        u"attempting to fetch resource\\.?|TypeError: Load failed)"_s);
    const QRegularExpressionMatch match = hidden.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

QString ConsoleError::browserName(Browser browser)
{
    return browser == Browser::Firefox ? u"firefox"_s : u"chromium"_s;
}

namespace ConsolePaste {

QList<ConsoleError> read(const QString &paste)
{
    static const QRegularExpression networkLine(
        u"^(?:Failed to load resource: )?(?:(?:[A-Z]+) \\S+ )?net::ERR_[A-Z_]+(?: (?<status>\\d{3}))?"_s);
    static const QRegularExpression stackFrame(u"^\\s*at\\s"_s);
    static const QRegularExpression start(
        u"Access to (?:%1) at '|Cross-Origin Request Blocked:"_s.arg(initiatorWords()));

    // The text of the messages, one space between lines, and after each message the status
    // of the network line that followed it.
    QString text;
    QList<QPair<qsizetype, int>> statuses;
    QStringList hiddenCauses;
    for (const QString &rawLine : paste.split(u'\n')) {
        const QString line = withoutSourcePrefix(rawLine).trimmed();
        if (line.isEmpty() || stackFrame.match(rawLine).hasMatch())
            continue;
        if (const QRegularExpressionMatch network = networkLine.match(line); network.hasMatch()) {
            if (!network.captured(u"status"_s).isEmpty())
                statuses.append({text.size(), network.captured(u"status"_s).toInt()});
            continue;
        }
        if (const QString hidden = hiddenCauseOf(line); !hidden.isEmpty()) {
            hiddenCauses.append(hidden);
            if (!line.contains(u"Access to "_s) && !line.contains(u"Cross-Origin Request"_s))
                continue;
        }
        text += u' ' + plain(line);
    }

    QList<ConsoleError> errors;
    QList<qsizetype> starts;
    for (auto match = start.globalMatch(text); match.hasNext();)
        starts.append(match.next().capturedStart());
    for (qsizetype index = 0; index < starts.size(); ++index) {
        const qsizetype end = index + 1 < starts.size() ? starts.at(index + 1) : text.size();
        const QString segment = text.mid(starts.at(index), end - starts.at(index)).trimmed();
        std::optional<ConsoleError> error = readChromium(segment);
        if (!error)
            error = readFirefox(segment);
        if (!error)
            continue;
        for (const auto &[position, status] : statuses) {
            if (error->status == 0 && position > starts.at(index) && position <= end + 1)
                error->status = status;
        }
        errors.append(*error);
    }
    if (errors.isEmpty()) {
        hiddenCauses.removeDuplicates();
        for (const QString &hidden : hiddenCauses) {
            ConsoleError error;
            error.hiddenCause = hidden;
            error.message = hidden;
            error.browser = hidden.startsWith(u"TypeError: NetworkError"_s)
                ? ConsoleError::Browser::Firefox
                : ConsoleError::Browser::Chromium;
            if (hidden.startsWith(u"AxiosError"_s))
                error.initiator = FetchRequest::Initiator::XmlHttpRequest;
            errors.append(error);
        }
    }
    return errors;
}

} // namespace ConsolePaste
