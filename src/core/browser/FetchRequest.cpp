#include "core/browser/FetchRequest.h"

#include "core/http/Origin.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The value among the candidates whose name is this one: each enum's names are written once,
// in its ...Name() function, and parsing reads them back from there.
template<typename Value, typename Candidates, typename NameOf>
bool parseByName(const QString &name, const Candidates &candidates, NameOf nameOf, Value *value)
{
    for (const Value candidate : candidates) {
        if (nameOf(candidate) == name) {
            *value = candidate;
            return true;
        }
    }
    return false;
}

} // namespace

QString FetchRequest::credentialsName(Credentials credentials)
{
    switch (credentials) {
    case Credentials::Omit:
        return u"omit"_s;
    case Credentials::SameOrigin:
        return u"same-origin"_s;
    case Credentials::Include:
        return u"include"_s;
    }
    return {};
}

bool FetchRequest::parseCredentials(const QString &name, Credentials *credentials)
{
    return parseByName(name,
                       std::initializer_list<Credentials>{
                           Credentials::Omit, Credentials::SameOrigin, Credentials::Include},
                       credentialsName, credentials);
}

QString FetchRequest::modeName(Mode mode)
{
    return mode == Mode::NoCors ? u"no-cors"_s : u"cors"_s;
}

bool FetchRequest::parseMode(const QString &name, Mode *mode)
{
    if (name == u"cors")
        *mode = Mode::Cors;
    else if (name == u"no-cors")
        *mode = Mode::NoCors;
    else
        return false;
    return true;
}

QString FetchRequest::initiatorName(Initiator initiator)
{
    switch (initiator) {
    case Initiator::Fetch:
        return u"fetch"_s;
    case Initiator::XmlHttpRequest:
        return u"xhr"_s;
    case Initiator::Font:
        return u"font"_s;
    case Initiator::Image:
        return u"image"_s;
    case Initiator::Script:
        return u"script"_s;
    case Initiator::ModuleScript:
        return u"module-script"_s;
    case Initiator::Stylesheet:
        return u"stylesheet"_s;
    }
    return {};
}

QList<FetchRequest::Initiator> FetchRequest::initiators()
{
    return {Initiator::Fetch,  Initiator::XmlHttpRequest, Initiator::Font,      Initiator::Image,
            Initiator::Script, Initiator::ModuleScript,   Initiator::Stylesheet};
}

bool FetchRequest::parseInitiator(const QString &name, Initiator *initiator)
{
    return parseByName(name, initiators(), initiatorName, initiator);
}

bool FetchRequest::isElement(Initiator initiator)
{
    return initiator == Initiator::Image || initiator == Initiator::Script
        || initiator == Initiator::ModuleScript || initiator == Initiator::Stylesheet;
}

QString FetchRequest::crossOriginName(CrossOrigin crossOrigin)
{
    switch (crossOrigin) {
    case CrossOrigin::Absent:
        return {};
    case CrossOrigin::Anonymous:
        return u"anonymous"_s;
    case CrossOrigin::UseCredentials:
        return u"use-credentials"_s;
    }
    return {};
}

bool FetchRequest::parseCrossOrigin(const QString &name, CrossOrigin *crossOrigin)
{
    return parseByName(name,
                       std::initializer_list<CrossOrigin>{CrossOrigin::Absent,
                                                          CrossOrigin::Anonymous,
                                                          CrossOrigin::UseCredentials},
                       crossOriginName, crossOrigin);
}

QString FetchRequest::permissionName(LocalNetworkPermission permission)
{
    switch (permission) {
    case LocalNetworkPermission::Prompt:
        return u"prompt"_s;
    case LocalNetworkPermission::Granted:
        return u"granted"_s;
    case LocalNetworkPermission::Denied:
        return u"denied"_s;
    }
    return {};
}

bool FetchRequest::parsePermission(const QString &name, LocalNetworkPermission *permission)
{
    return parseByName(name, permissions(), permissionName, permission);
}

QList<FetchRequest::LocalNetworkPermission> FetchRequest::permissions()
{
    return {LocalNetworkPermission::Prompt, LocalNetworkPermission::Granted,
            LocalNetworkPermission::Denied};
}

AddressSpace FetchRequest::effectivePageAddressSpace() const
{
    return pageAddressSpace.value_or(AddressSpaces::ofHost(Origin::parse(pageOrigin).host()));
}

AddressSpace FetchRequest::effectiveServerAddressSpace() const
{
    return serverAddressSpace.value_or(effectivePageAddressSpace());
}
