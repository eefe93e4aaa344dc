#include "core/browser/InitiatorFacts.h"

using namespace Qt::Literals::StringLiterals;

using Credentials = FetchRequest::Credentials;
using Initiator = FetchRequest::Initiator;
using Mode = FetchRequest::Mode;

QString InitiatorFacts::wordFor(Initiator initiator)
{
    switch (initiator) {
    case Initiator::Fetch:
        return u"fetch"_s;
    case Initiator::XmlHttpRequest:
        return u"XMLHttpRequest"_s;
    case Initiator::Font:
        return u"font"_s;
    case Initiator::Image:
        return u"image"_s;
    case Initiator::Script:
    case Initiator::ModuleScript:
        return u"script"_s;
    case Initiator::Stylesheet:
        return u"CSS stylesheet"_s;
    }
    return {};
}

InitiatorFacts InitiatorFacts::of(const FetchRequest &request)
{
    InitiatorFacts facts;
    facts.resourceWord = wordFor(request.initiator);
    switch (request.initiator) {
    case Initiator::Fetch:
        facts.mode = request.mode;
        facts.credentials = request.credentials;
        return facts;
    case Initiator::XmlHttpRequest:
        // withCredentials is the whole choice: include, or same-origin.
        facts.credentials = request.credentials == Credentials::Include ? Credentials::Include
                                                                        : Credentials::SameOrigin;
        return facts;
    case Initiator::Font:
        // CSS Fonts: always a CORS request with same-origin credentials, whatever the page says.
        facts.destination = "font";
        return facts;
    case Initiator::Image:
        facts.destination = "image";
        facts.accept = "image/jxl,image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8";
        break;
    case Initiator::Script:
    case Initiator::ModuleScript:
        facts.destination = "script";
        break;
    case Initiator::Stylesheet:
        facts.destination = "style";
        facts.accept = "text/css,*/*;q=0.1";
        break;
    }
    // An element: its crossorigin attribute decides, and module scripts are always CORS.
    const bool absent = request.crossOrigin == FetchRequest::CrossOrigin::Absent;
    if (absent && request.initiator != Initiator::ModuleScript) {
        facts.mode = Mode::NoCors;
        facts.credentials = Credentials::Include;
    } else {
        facts.credentials = request.crossOrigin == FetchRequest::CrossOrigin::UseCredentials
            ? Credentials::Include
            : Credentials::SameOrigin;
    }
    return facts;
}
