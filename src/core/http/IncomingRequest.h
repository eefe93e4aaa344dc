#pragma once

#include "core/http/HeaderLines.h"

#include <QByteArray>
#include <QString>

// What the embedded server received, as the CORS rules need it.
struct IncomingRequest
{
    QByteArray method;
    QString path;
    HeaderLines headers;
};
