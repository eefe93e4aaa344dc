#include "core/browser/FetchRequest.h"

using namespace Qt::Literals::StringLiterals;

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
    for (const Credentials candidate :
         {Credentials::Omit, Credentials::SameOrigin, Credentials::Include}) {
        if (credentialsName(candidate) == name) {
            *credentials = candidate;
            return true;
        }
    }
    return false;
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
