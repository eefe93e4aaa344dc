#include "core/browser/FetchRequestJson.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FetchRequestJson)
};

const QString pageKey = u"page_address_space"_s;
const QString serverKey = u"server_address_space"_s;
const QString targetKey = u"target_address_space"_s;
const QString permissionKey = u"local_network_permission"_s;

} // namespace

namespace FetchRequestJson {

QString readLocalNetworkAccess(const QJsonObject &object, FetchRequest *request)
{
    for (const auto &[key, space] : {std::pair{pageKey, &request->pageAddressSpace},
                                     std::pair{serverKey, &request->serverAddressSpace},
                                     std::pair{targetKey, &request->targetAddressSpace}}) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        AddressSpace parsed = AddressSpace::Public;
        if (!AddressSpaces::parse(value.toString(), &parsed))
            return Text::tr("%1 must be \"public\", \"local\" or \"loopback\"").arg(key);
        *space = parsed;
    }
    if (object.contains(permissionKey)
        && !FetchRequest::parsePermission(object.value(permissionKey).toString(),
                                          &request->localNetworkPermission))
        return Text::tr("%1 must be \"prompt\", \"granted\" or \"denied\"").arg(permissionKey);
    return {};
}

void writeLocalNetworkAccess(const FetchRequest &request, QJsonObject *object)
{
    for (const auto &[key, space] : {std::pair{pageKey, request.pageAddressSpace},
                                     std::pair{serverKey, request.serverAddressSpace},
                                     std::pair{targetKey, request.targetAddressSpace}}) {
        if (space)
            object->insert(key, AddressSpaces::name(*space));
    }
    if (request.localNetworkPermission != FetchRequest::LocalNetworkPermission::Prompt)
        object->insert(permissionKey, FetchRequest::permissionName(request.localNetworkPermission));
}

} // namespace FetchRequestJson
