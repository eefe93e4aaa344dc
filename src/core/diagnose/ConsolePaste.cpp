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
// The address space a Local Network Access message names.
const QString spaceMarker = u"QQSPACEQQ"_s;
// Where Firefox's reason starts, after the URL.
const QString reasonOpening = u"(Reason: "_s;
// The longest reason quoted back when it names no known check.
constexpr qsizetype maximumQuote = 300;
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
    static const QRegularExpression control(u"[\\x00-\\x08\\x0e-\\x1f\\x7f]"_s);
    text.replace(u'\u2018', u'\'').replace(u'\u2019', u'\'');
    text.remove(control);
    return text.simplified();
}

QString patternText(const QString &words)
{
    QString pattern = QRegularExpression::escape(plain(words));
    pattern.replace(u"\\ "_s, u"\\s*"_s);
    pattern.replace(detailMarker, u"(?<detail>.*?)"_s);
    pattern.replace(spaceMarker, u"(?<space>[a-z]+)"_s);
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
                             QRegularExpression(patternText(CorsMessages::chromiumReason(
                                 {kind, detailMarker, spaceMarker}, initiator)))});
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
            return words.mid(words.indexOf(reasonOpening) + reasonOpening.size());
        };
        // Firefox's words for a request that got no answer at all, which it also gives the
        // failures it has no words of its own for.
        const QString noAnswer = reasonOf(CorsErrorKind::InvalidResponse);
        QList<CorsErrorKind> kinds = corsFailureKinds();
        // Firefox words a refused Local Network Access permission like a failed connection.
        kinds.removeIf([&](CorsErrorKind kind) {
            return reasonOf(kind) == noAnswer || CorsFailure(kind).isLocalNetworkAccessError();
        });
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

// A status a server can send; a pasted "949" is a typo, not an answer.
bool isHttpStatus(int status)
{
    return status >= 100 && status <= 599;
}

// The longest template that the reason starts with; the first kind on a tie, so a reason
// Firefox words alike for the preflight reads as the plain failure.
std::optional<CorsFailure> matchReason(const QString &reason, const QList<ReasonPattern> &patterns,
                                       int *status, qsizetype *length)
{
    std::optional<CorsFailure> best;
    qsizetype &bestLength = *length;
    for (const ReasonPattern &candidate : patterns) {
        const QRegularExpressionMatch match = candidate.pattern.match(reason);
        if (!match.hasMatch() || match.capturedLength(0) <= bestLength)
            continue;
        bestLength = match.capturedLength(0);
        best = CorsFailure{candidate.kind, match.captured(u"detail"_s), match.captured(u"space"_s)};
        if (status && isHttpStatus(match.captured(u"status"_s).toInt()))
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

// The message as read: up to the end of the reason's words (what follows is another line of
// the console), or, for a reason no check has, its first words.
void keepMessage(const QString &segment, const QRegularExpressionMatch &match, qsizetype length,
                 ConsoleError *error)
{
    const qsizetype reasonStart = match.capturedStart(u"reason"_s);
    if (error->failure) {
        error->message = segment.left(reasonStart + length);
        return;
    }
    error->unknownReason = match.captured(u"reason"_s).left(maximumQuote);
    error->message = segment.left(reasonStart) + error->unknownReason;
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
    qsizetype length = -1;
    error.failure = matchReason(reason, chromiumPatterns(error.initiator), nullptr, &length);
    // Another Chromium version may word it as it words another initiator (with or without
    // the hint to send a valid value, or with a sentence after it).
    for (const FetchRequest::Initiator other : FetchRequest::initiators()) {
        if (!error.failure)
            error.failure = matchReason(reason, chromiumPatterns(other), nullptr, &length);
    }
    keepMessage(segment, match, length, &error);
    return error;
}

std::optional<ConsoleError> readFirefox(const QString &segment)
{
    static const QRegularExpression message = [] {
        const QString url = u"http://qqurlqq.test/"_s;
        const QString words = CorsMessages::firefoxMessage(
            {CorsErrorKind::MissingAllowOriginHeader, {}}, QUrl(url), statusMarker);
        const QString before = words.left(words.indexOf(url));
        const QString after = words.mid(words.indexOf(url) + url.size());
        const QString between = after.left(after.indexOf(reasonOpening) + reasonOpening.size());
        return QRegularExpression(u'^' + patternText(before).mid(1) + u"\\s*(?<url>.+?)"
                                      + patternText(between).mid(1) + u"\\s*(?<reason>.*)$",
                                  QRegularExpression::DotMatchesEverythingOption);
    }();
    const QRegularExpressionMatch match = message.match(segment);
    if (!match.hasMatch())
        return std::nullopt;
    ConsoleError error;
    error.browser = ConsoleError::Browser::Firefox;
    error.url = urlFrom(match.captured(u"url"_s));
    const QString reason = match.captured(u"reason"_s);
    qsizetype length = -1;
    error.failure = matchReason(reason, firefoxPatterns(), &error.status, &length);
    if (error.failure && error.failure->kind == CorsErrorKind::NetworkError)
        error.failure->detail = reason.left(reason.indexOf(u')'));
    keepMessage(segment, match, length, &error);
    return error;
}

// DevTools' "index.html:1 ", "(index):12 ", "localhost/:1 ", "VM42:3 ", "app.3f2a.js:10:5 "
// before a line.
QString withoutSourcePrefix(const QString &line)
{
    // A timestamp first when DevTools shows them ("12:03:44.125 ").
    static const QRegularExpression timestamp(u"^\\s*\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d+)?\\s+"_s);
    static const QRegularExpression prefix(u"^\\s*\\S+?:\\d+(?::\\d+)?\\s+"_s);
    // Firefox's link after its message.
    static const QRegularExpression learnMore(u"\\s*\\[Learn More\\]\\s*$"_s);
    QString stripped = line;
    stripped.remove(timestamp).remove(prefix).remove(learnMore);
    return stripped;
}

// Lines of a stack trace: Firefox's and Chromium's "    at f (app.js:3:10)", DevTools' "f @
// app.js:12" and "Show 12 more frames".
bool isStackFrame(const QString &line)
{
    static const QRegularExpression frame(
        u"^\\s*(?:at\\s.*:\\d+(?::\\d+)?\\)?|\\S+ @ \\S+:\\d+(?::\\d+)?|Show \\d+ more frames?|"
        u"Promise\\.then \\(async\\)|\\(anonymous\\) @ \\S+)\\s*$"_s);
    return frame.match(line).hasMatch();
}

// The lines that say a request failed but not why.
QString hiddenCauseOf(const QString &line)
{
    static const QRegularExpression hidden(
        u"(AxiosError: Network Error|TypeError: Failed to fetch|TypeError: NetworkError when "
        u"attempting to fetch resource\\.?)"_s);
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
        u"^(?:Failed to load resource: )?(?:(?:[A-Z]+) \\S+ )?net::(?<code>ERR_[A-Z_]+)"
        u"(?: (?<status>\\d{3}))?|^Failed to load resource: the server responded with a status "
        u"of (?<answered>\\d{3})"_s);
    // "TypeError: Failed to fetch (net::ERR_CONNECTION_REFUSED)", as the simulator says it.
    static const QRegularExpression failedWithCause(
        u"TypeError: Failed to fetch \\((?<cause>[^)]+)\\)"_s);
    static const QRegularExpression start(
        u"Access to (?:%1) at '|Cross-Origin Request Blocked:"_s.arg(initiatorWords()));

    // The text of the messages, one space between lines, and after each message the status
    // of the network line that followed it.
    QString text;
    QList<QPair<qsizetype, int>> statuses;
    QStringList hiddenCauses;
    // The network errors the console shows (net::ERR_CONNECTION_REFUSED): the cause that
    // "Failed to fetch" hides, when it is there.
    QStringList networkErrors;
    for (const QString &rawLine : paste.split(u'\n')) {
        const QString line = withoutSourcePrefix(rawLine).trimmed();
        if (line.isEmpty() || isStackFrame(line))
            continue;
        if (const QRegularExpressionMatch network = networkLine.match(line); network.hasMatch()) {
            const QString status = network.captured(u"status"_s) + network.captured(u"answered"_s);
            if (isHttpStatus(status.toInt()))
                statuses.append({text.size(), status.toInt()});
            if (network.hasCaptured(u"code"_s) && network.captured(u"code"_s) != u"ERR_FAILED")
                networkErrors.append(u"net::"_s + network.captured(u"code"_s));
            continue;
        }
        if (const QRegularExpressionMatch failed = failedWithCause.match(line); failed.hasMatch())
            networkErrors.append(failed.captured(u"cause"_s));
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
    // Firefox follows its reason with "CORS request did not succeed" for the same request: the
    // first line says why.
    const auto noAnswer = [](const ConsoleError &error) {
        return error.failure && error.failure->kind == CorsErrorKind::NetworkError;
    };
    QList<QUrl> explained;
    for (const ConsoleError &error : std::as_const(errors)) {
        if (!noAnswer(error))
            explained.append(error.url);
    }
    errors.removeIf([&](const ConsoleError &error) {
        return noAnswer(error) && explained.contains(error.url);
    });
    if (errors.isEmpty()) {
        hiddenCauses.removeDuplicates();
        for (const QString &hidden : hiddenCauses) {
            ConsoleError error;
            error.hiddenCause = hidden;
            error.message = hidden;
            error.browser = hidden.startsWith(u"TypeError: NetworkError"_s)
                ? ConsoleError::Browser::Firefox
                : ConsoleError::Browser::Chromium;
            networkErrors.removeDuplicates();
            if (!networkErrors.isEmpty())
                error.failure = CorsFailure{CorsErrorKind::NetworkError, networkErrors.join(u", ")};
            if (hidden.startsWith(u"AxiosError"_s))
                error.initiator = FetchRequest::Initiator::XmlHttpRequest;
            errors.append(error);
        }
    }
    return errors;
}

} // namespace ConsolePaste
