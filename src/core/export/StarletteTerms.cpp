#include "core/export/StarletteTerms.h"

#include "core/middleware/StarletteFacts.h"

namespace StarletteTerms {

QStringList methods(const MiddlewareOptions &options)
{
    return options.allowMethods.contains(u"*") ? StarletteFacts::allMethods()
                                               : options.allowMethods;
}

QStringList headersWithSafelisted(const MiddlewareOptions &options)
{
    QStringList headers = StarletteFacts::alwaysAllowedHeaders();
    for (const QString &header : options.allowHeaders) {
        if (!headers.contains(header, Qt::CaseInsensitive))
            headers.append(header);
    }
    return headers;
}

bool allowsAllOrigins(const MiddlewareOptions &options)
{
    return options.allowOrigins.contains(u"*");
}

} // namespace StarletteTerms
