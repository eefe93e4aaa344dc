#include "core/browser/SimulationResult.h"

using namespace Qt::Literals::StringLiterals;

QString SimulationResult::responseTypeName(ResponseType type)
{
    switch (type) {
    case ResponseType::Basic:
        return u"basic"_s;
    case ResponseType::Cors:
        return u"cors"_s;
    case ResponseType::Opaque:
        return u"opaque"_s;
    case ResponseType::Error:
        break;
    }
    return u"error"_s;
}
