#pragma once

#include "core/browser/FetchRequest.h"

#include <QJsonObject>
#include <QString>

// The Local Network Access keys of a request object, read and written the same way by the
// lesson files, the demo page's /request and the conformance suite: "page_address_space",
// "server_address_space", "target_address_space" (public | local | loopback) and
// "local_network_permission" (prompt | granted | denied). Every key may be left out.
namespace FetchRequestJson {

// An empty string when the keys read, else what is wrong with which one.
QString readLocalNetworkAccess(const QJsonObject &object, FetchRequest *request);
// Adds the keys that are set (and the permission unless it is prompt) to `object`.
void writeLocalNetworkAccess(const FetchRequest &request, QJsonObject *object);

} // namespace FetchRequestJson
