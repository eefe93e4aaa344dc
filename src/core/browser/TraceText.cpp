#include "core/browser/TraceText.h"

#include "core/browser/LocalNetworkAccessText.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TraceText)
};

void appendExchange(QString &text, const QString &title, const SimulatedExchange &exchange)
{
    text += title + u'\n';
    if (!exchange.reason.isEmpty())
        text += u"  "_s + Text::tr("needed because %1").arg(exchange.reason) + u'\n';
    if (exchange.fromCache)
        text += u"  "_s + Text::tr("taken from the preflight cache, not sent again") + u'\n';
    const RawHttpRequest &request = exchange.request;
    text += u"> "_s + QString::fromLatin1(request.method) + u' ' + request.url.toString() + u'\n';
    for (const auto &line : request.headers.lines())
        text += u"> "_s + QString::fromLatin1(line.first + ": " + line.second) + u'\n';
    if (!request.body.isEmpty())
        text += u">\n> "_s + QString::fromUtf8(request.body.left(200)) + u'\n';
    if (exchange.response) {
        const RawHttpResponse &response = *exchange.response;
        text += u"< "_s + QString::fromLatin1(response.httpVersion) + u' '
            + QString::number(response.status) + u' ' + QString::fromLatin1(response.reasonPhrase)
            + u'\n';
        for (const auto &line : response.headers.lines())
            text += u"< "_s + QString::fromLatin1(line.first + ": " + line.second) + u'\n';
    }
    for (const CorsCheck &check : exchange.checks) {
        text += u"  "_s + (check.passed ? Text::tr("PASS") : Text::tr("FAIL")) + u' '
            + (check.header.isEmpty() ? Text::tr("status") : QString::fromLatin1(check.header))
            + u": " + check.rule + u'\n';
    }
    text += u'\n';
}

} // namespace

namespace TraceText {

QString format(const SimulationResult &result)
{
    QString text = Text::tr("%1 %2 from %3")
                       .arg(FetchRequest::initiatorName(result.initiator), result.url.toString(),
                            result.origin)
        + u"\n\n"_s;
    for (const QString &note : result.notes)
        text += Text::tr("note: %1").arg(note) + u'\n';
    if (!result.notes.isEmpty())
        text += u'\n';
    // The step Chromium takes before anything is sent, shown whenever it could matter.
    const LocalNetworkAccess &access = result.localNetworkAccess;
    if (access.isWorthShowing())
        text += LocalNetworkAccessText::step(access) + u"\n\n";
    if (result.preflight)
        appendExchange(text, Text::tr("Preflight"), *result.preflight);
    for (const SimulatedExchange &hop : result.redirects)
        appendExchange(text, Text::tr("Redirect"), hop);
    if (result.actual)
        appendExchange(text, Text::tr("Actual request"), *result.actual);

    if (result.allowed) {
        text += Text::tr("ALLOWED (response type %1)")
                    .arg(SimulationResult::responseTypeName(result.responseType))
            + u'\n';
    } else {
        text += Text::tr("BLOCKED") + u'\n';
        text += Text::tr("Chromium: %1").arg(result.chromiumMessage) + u'\n';
        if (!result.firefoxMessage.isEmpty())
            text += Text::tr("Firefox:  %1").arg(result.firefoxMessage) + u'\n';
    }
    text += Text::tr("Why: %1").arg(result.explanation) + u'\n';
    return text;
}

} // namespace TraceText
