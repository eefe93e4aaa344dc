#include "core/diagnose/Diagnosis.h"

#include "core/browser/CorsChecks.h"
#include "core/browser/CorsExplanation.h"
#include "core/browser/FetchRules.h"
#include "core/http/HttpSyntax.h"
#include "core/http/Origin.h"
#include "core/policy/FrameworkConversion.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
};

const QByteArray allowOrigin = "Access-Control-Allow-Origin";
const QByteArray allowCredentials = "Access-Control-Allow-Credentials";

// The failures found on a preflight's answer: the request must be one that is preflighted.
bool needsPreflight(const CorsFailure &failure)
{
    switch (failure.kind) {
    case CorsErrorKind::InvalidAllowMethodsPreflightResponse:
    case CorsErrorKind::InvalidAllowHeadersPreflightResponse:
    case CorsErrorKind::MethodDisallowedByPreflightResponse:
    case CorsErrorKind::HeaderDisallowedByPreflightResponse:
        return true;
    default:
        return failure.isPreflightAccessError();
    }
}

// A value that the browser does not let through without a preflight, for the header named.
QByteArray unsafeValueFor(const QByteArray &name)
{
    for (const QByteArray &candidate :
         {QByteArray("1"), QByteArray("application/json"), QByteArray("x(y)"), QByteArray("{}")}) {
        if (!FetchRules::safelistProblem(name, candidate).isEmpty())
            return candidate;
    }
    return "{}";
}

// The failures no server setting fixes: the request never reached a server's CORS answer.
bool fixable(CorsErrorKind kind)
{
    return kind != CorsErrorKind::NetworkError && kind != CorsErrorKind::TypeError
        && kind != CorsErrorKind::DisallowedByMode && kind != CorsErrorKind::InvalidResponse
        && !CorsFailure(kind).isLocalNetworkAccessError();
}

// Local Network Access refuses before anything is sent: the request's address spaces and the
// user's answer make the failure, whatever the server says.
void refuseLocalNetworkAccess(const CorsFailure &failure, FetchRequest *request)
{
    // Chromium before 142 called the local network `private`; anything else unknown is taken
    // as this machine.
    AddressSpace resource
        = failure.addressSpace == u"private" ? AddressSpace::Local : AddressSpace::Loopback;
    AddressSpaces::parse(failure.addressSpace, &resource);
    request->serverAddressSpace = resource;
    switch (failure.kind) {
    case CorsErrorKind::InvalidPrivateNetworkAccess: {
        AddressSpace target = AddressSpace::Local;
        if (!AddressSpaces::parse(failure.detail, &target) || target == resource)
            target = resource == AddressSpace::Local ? AddressSpace::Loopback : AddressSpace::Local;
        // Only the target is wrong, and it is checked first: whatever the user allowed.
        request->pageAddressSpace = AddressSpace::Public;
        request->localNetworkPermission = FetchRequest::LocalNetworkPermission::Granted;
        request->targetAddressSpace = target;
        break;
    }
    case CorsErrorKind::InsecurePrivateNetwork:
        request->pageAddressSpace = AddressSpace::Public;
        if (Origin::parse(request->pageOrigin).isPotentiallyTrustworthy())
            request->pageOrigin = u"http://your-site.example"_s;
        break;
    default:
        request->pageAddressSpace = AddressSpace::Public;
        request->localNetworkPermission = FetchRequest::LocalNetworkPermission::Denied;
        break;
    }
}

// An answer that is not the resource: an error page or an authentication refusal, which
// frameworks often send before (or without) their CORS middleware.
bool answeredWithAnError(const ConsoleError &error)
{
    return error.status >= 400 && error.failure && !error.failure->isPreflightAccessError()
        && !needsPreflight(*error.failure);
}

// The access check's fault on one response: the header lines that make exactly this failure.
void breakAccess(const CorsFailure &failure, HeaderLines *headers)
{
    switch (failure.kind) {
    case CorsErrorKind::WildcardOriginNotAllowed:
    case CorsErrorKind::PreflightWildcardOriginNotAllowed:
        headers->set(allowOrigin, "*");
        break;
    case CorsErrorKind::MissingAllowOriginHeader:
    case CorsErrorKind::PreflightMissingAllowOriginHeader:
        headers->removeAll(allowOrigin);
        break;
    case CorsErrorKind::MultipleAllowOriginValues:
    case CorsErrorKind::PreflightMultipleAllowOriginValues:
    case CorsErrorKind::InvalidAllowOriginValue:
    case CorsErrorKind::PreflightInvalidAllowOriginValue:
    case CorsErrorKind::AllowOriginMismatch:
    case CorsErrorKind::PreflightAllowOriginMismatch:
        headers->set(allowOrigin, failure.detail.toLatin1());
        break;
    case CorsErrorKind::InvalidAllowCredentials:
    case CorsErrorKind::PreflightInvalidAllowCredentials:
        // Chromium quotes a missing header as ''.
        if (failure.detail.isEmpty())
            headers->removeAll(allowCredentials);
        else
            headers->set(allowCredentials, failure.detail.toLatin1());
        break;
    default:
        break;
    }
}

QString pathOf(const QUrl &url)
{
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = u"/"_s;
    if (url.hasQuery())
        path += u'?' + url.query(QUrl::FullyEncoded);
    return path;
}

QString explanationFor(const ConsoleError &error, const QString &origin)
{
    if (!error.unknownReason.isEmpty()) {
        return Text::tr("This is a CORS error, but CORS Playground does not know the check "
                        "these words name: \"%1\". The URL and the page's origin above are "
                        "read; the browser's Network panel shows the request and the answer "
                        "that failed.")
            .arg(error.unknownReason);
    }
    if (!error.failure) {
        return Text::tr("\"%1\" says only that the request failed, not why: the browser keeps "
                        "the reason from JavaScript on purpose. The real message is in the "
                        "browser's console, above or beside this line (\"Access to ... has been "
                        "blocked by CORS policy\" in Chrome, \"Cross-Origin Request Blocked\" in "
                        "Firefox), and the Network panel shows the request, its preflight and "
                        "the answer. Paste that message here. If there is none, the server did "
                        "not answer at all: is it running, and is the URL right?")
            .arg(error.hiddenCause);
    }
    CorsExplanation::Context context;
    context.origin = origin;
    context.credentialsIncluded = error.failure->needsCredentials();
    context.status = error.status;
    QString text = CorsExplanation::explain(*error.failure, context);
    if (error.failure->kind == CorsErrorKind::PreflightInvalidStatus && error.status == 0)
        text = Text::tr("The preflight (OPTIONS) was not answered with a 2xx status; the message "
                        "does not say which (the Network panel shows it). Fix: answer OPTIONS "
                        "with 200 or 204 and the CORS headers. Often OPTIONS has no route, or an "
                        "authentication check runs before CORS.");
    if (answeredWithAnError(error))
        text += u' '
            + Text::tr("The answer was status %1: an error page or a refusal is often sent "
                       "before, or without, the CORS middleware. Fix the error too, and make the "
                       "CORS headers go out on error responses.")
                  .arg(error.status);
    if (error.origin == u"null")
        text += u' '
            + Text::tr("The page's origin is \"null\": it was opened from a file (file://), "
                       "runs in a sandboxed iframe, or was redirected from another origin. "
                       "Allowing \"null\" would let every such page in: serve the page over "
                       "http(s) from a real origin instead, or avoid the cross-origin redirect.");
    if (error.origin.isEmpty() && fixable(error.failure->kind))
        text += u' '
            + Text::tr("Firefox does not name the page's origin: the fix and the reproduction "
                       "use %1; put your page's origin in its place.")
                  .arg(origin);
    AddressSpace named = AddressSpace::Public;
    if (error.failure->isLocalNetworkAccessError()
        && !AddressSpaces::parse(error.failure->addressSpace, &named))
        text += u' '
            + Text::tr("\"%1\" is not an address space Chromium 156 names: before Chromium 142 "
                       "this machine was \"local\" and the local network \"private\", and "
                       "\"unknown\" means Chromium could not tell. The reproduction uses %2.")
                  .arg(error.failure->addressSpace,
                       error.failure->addressSpace == u"private" ? u"local"_s : u"loopback"_s);
    if (error.redirectedFrom.isValid())
        text += u' '
            + Text::tr("The page asked for %1 and was redirected to %2, which gave this "
                       "answer; the reproduction asks %2 directly.")
                  .arg(error.redirectedFrom.toString(), error.url.toString());
    return text;
}

} // namespace

QString Diagnosis::standInOrigin()
{
    return u"https://your-site.example"_s;
}

CorsPolicy Diagnosis::fixPolicy(const CorsFailure &failure, const QString &origin)
{
    CorsPolicy policy;
    MiddlewareOptions &options = policy.middleware;
    options.allowOrigins = {origin};
    options.allowCredentials = failure.needsCredentials();
    if (needsPreflight(failure)) {
        // The message names at most the method or the header that was refused; the common
        // methods and any requested header let the rest of the preflight pass too.
        options.allowMethods = {u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s};
        if (failure.kind == CorsErrorKind::MethodDisallowedByPreflightResponse
            && !failure.detail.isEmpty() && !options.allowMethods.contains(failure.detail))
            options.allowMethods.append(failure.detail);
        options.allowHeaders
            = {failure.kind == CorsErrorKind::HeaderDisallowedByPreflightResponse ? failure.detail
                                                                                  : u"*"_s};
    }
    return policy;
}

Reproduction Diagnosis::reproduce(const ConsoleError &error)
{
    Reproduction reproduction;
    const CorsFailure failure = error.failure.value_or(CorsFailure{});
    // What the message quotes goes into `check`'s options: a value that is not an origin, a
    // method or a header name (a paste mangled on its way) gives way to a stand-in.
    const QString origin
        = error.origin.isEmpty() || !HttpSyntax::originProblem(error.origin).isEmpty()
        ? standInOrigin()
        : error.origin;
    const bool credentials = failure.needsCredentials();
    const bool namedMethod = failure.kind == CorsErrorKind::MethodDisallowedByPreflightResponse
        && HttpSyntax::methodProblem(failure.detail).isEmpty();
    const QString header = HttpSyntax::headerNameProblem(failure.detail).isEmpty()
        ? failure.detail
        : u"X-Custom-Header"_s;

    FetchRequest &request = reproduction.request;
    request.pageOrigin = origin;
    request.initiator = error.initiator;
    request.method = u"GET"_s;
    // The refused header makes the preflight by itself; anything else preflighted asks with
    // a method that needs one.
    if (needsPreflight(failure)
        && failure.kind != CorsErrorKind::HeaderDisallowedByPreflightResponse)
        // Firefox does not name the refused method; any that needs a preflight will do.
        request.method = namedMethod ? failure.detail : u"PUT"_s;
    if (failure.kind == CorsErrorKind::HeaderDisallowedByPreflightResponse)
        request.headers.append(header.toLatin1(), unsafeValueFor(header.toLatin1()));
    if (FetchRequest::isElement(error.initiator))
        request.crossOrigin = credentials ? FetchRequest::CrossOrigin::UseCredentials
                                          : FetchRequest::CrossOrigin::Anonymous;
    else if (credentials)
        request.credentials = FetchRequest::Credentials::Include;
    reproduction.path = pathOf(error.url);
    if (failure.isLocalNetworkAccessError())
        refuseLocalNetworkAccess(failure, &request);

    // Manual responses that pass every check but the one that failed.
    CorsPolicy &policy = reproduction.policy;
    policy.mode = CorsPolicy::Mode::Manual;
    HeaderLines passing{{allowOrigin, request.pageOrigin.toLatin1()}};
    if (credentials)
        passing.append(allowCredentials, "true");
    HeaderLines preflight = passing;
    preflight.append("Access-Control-Allow-Methods", request.method.toLatin1());
    if (!request.headers.isEmpty())
        preflight.append("Access-Control-Allow-Headers", request.headers.lines().first().first);
    HeaderLines actual = passing;
    int preflightStatus = 204;
    int actualStatus = 200;
    switch (failure.kind) {
    case CorsErrorKind::PreflightInvalidStatus:
        preflightStatus = error.status >= 300 ? error.status : 405;
        break;
    case CorsErrorKind::PreflightDisallowedRedirect:
        preflightStatus = 307;
        preflight.append("Location", (pathOf(error.url) + u'/').toLatin1());
        break;
    // Firefox quotes the token it could not read; Chromium does not.
    case CorsErrorKind::InvalidAllowMethodsPreflightResponse:
        preflight.set("Access-Control-Allow-Methods",
                      failure.detail.isEmpty() ? request.method.toLatin1() + " GET"
                                               : failure.detail.toLatin1());
        break;
    case CorsErrorKind::InvalidAllowHeadersPreflightResponse:
        preflight.set("Access-Control-Allow-Headers",
                      failure.detail.isEmpty() ? "Content-Type Authorization"
                                               : failure.detail.toLatin1());
        break;
    case CorsErrorKind::MultipleAllowOriginValues:
    case CorsErrorKind::PreflightMultipleAllowOriginValues:
        // Firefox does not quote the values.
        if (failure.detail.isEmpty()) {
            HeaderLines &answer = failure.isPreflightAccessError() ? preflight : actual;
            answer.append(allowOrigin, origin.toLatin1());
        } else {
            breakAccess(failure, failure.isPreflightAccessError() ? &preflight : &actual);
        }
        break;
    case CorsErrorKind::MethodDisallowedByPreflightResponse:
        preflight.set("Access-Control-Allow-Methods", "GET");
        break;
    case CorsErrorKind::HeaderDisallowedByPreflightResponse:
        preflight.removeAll("Access-Control-Allow-Headers");
        break;
    case CorsErrorKind::RedirectContainsCredentials:
        actualStatus = 302;
        actual.append("Location",
                      failure.detail.isEmpty() ? "http://user:secret@localhost/"
                                               : failure.detail.toLatin1());
        break;
    default:
        if (failure.isPreflightAccessError())
            breakAccess(failure, &preflight);
        else
            breakAccess(failure, &actual);
        break;
    }
    if (answeredWithAnError(error))
        actualStatus = error.status;
    policy.manualPreflight = {preflightStatus, preflight};
    policy.manualActual = {actualStatus, actual};

    QStringList &arguments = reproduction.checkArguments;
    arguments << u"--origin"_s << request.pageOrigin << u"--path"_s << reproduction.path;
    if (request.initiator != FetchRequest::Initiator::Fetch)
        arguments << u"--initiator"_s << FetchRequest::initiatorName(request.initiator);
    if (request.method != u"GET")
        arguments << u"--method"_s << request.method;
    for (const auto &line : request.headers.lines())
        arguments << u"--header"_s << QString::fromLatin1(line.first + ": " + line.second);
    if (request.credentials == FetchRequest::Credentials::Include)
        arguments << u"--credentials"_s << u"include"_s;
    if (request.crossOrigin != FetchRequest::CrossOrigin::Absent)
        arguments << u"--crossorigin"_s << FetchRequest::crossOriginName(request.crossOrigin);
    const auto spaceArgument
        = [&arguments](const QString &option, const std::optional<AddressSpace> &space) {
              if (space)
                  arguments << option << AddressSpaces::name(*space);
          };
    spaceArgument(u"--page-address-space"_s, request.pageAddressSpace);
    spaceArgument(u"--server-address-space"_s, request.serverAddressSpace);
    spaceArgument(u"--target-address-space"_s, request.targetAddressSpace);
    if (request.localNetworkPermission != FetchRequest::LocalNetworkPermission::Prompt)
        arguments << u"--local-network-permission"_s
                  << FetchRequest::permissionName(request.localNetworkPermission);
    return reproduction;
}

Diagnosis Diagnosis::of(const ConsoleError &error, PolicyExport::Format fixFormat)
{
    Diagnosis diagnosis;
    diagnosis.error = error;
    diagnosis.fixFormat = fixFormat;
    ConsoleError read = error;
    const QString origin = error.origin.isEmpty() ? standInOrigin() : error.origin;
    // Firefox words an invalid value and another origin alike; the access check tells which.
    if (read.failure && read.browser == ConsoleError::Browser::Firefox
        && (read.failure->kind == CorsErrorKind::InvalidAllowOriginValue
            || read.failure->kind == CorsErrorKind::AllowOriginMismatch)) {
        if (const auto checked = CorsChecks::checkAccess(
                {{allowOrigin, read.failure->detail.toLatin1()}}, false, origin))
            read.failure->kind = checked->kind;
        diagnosis.error = read;
    }
    diagnosis.explanation = explanationFor(read, origin);
    if (read.failure && read.failure->isLocalNetworkAccessError())
        diagnosis.reproduction = reproduce(read);
    if (!read.failure || !fixable(read.failure->kind))
        return diagnosis;
    // Written in the framework's own options, not as Starlette's emulated. Allowing "null" is
    // never the fix.
    const CorsPolicy fix = FrameworkConversion::convert(fixPolicy(*read.failure, origin),
                                                        PolicyExport::nativeFramework(fixFormat))
                               .policy;
    if (origin != u"null")
        diagnosis.fixCode = PolicyExport::render(fix, fixFormat);
    diagnosis.reproduction = reproduce(read);
    return diagnosis;
}
