#include "core/export/PolicyExport.h"

#include "core/export/DjangoExport.h"
#include "core/export/ExportText.h"
#include "core/export/ExpressExport.h"
#include "core/export/FastApiExport.h"
#include "core/export/FlaskExport.h"
#include "core/export/HeaderLinesExport.h"
#include "core/export/NginxExport.h"
#include "core/policy/FrameworkConversion.h"

using namespace Qt::Literals::StringLiterals;

namespace {

using Format = PolicyExport::Format;
using Framework = CorsPolicy::Framework;

} // namespace

CorsPolicy::Framework PolicyExport::nativeFramework(Format format)
{
    switch (format) {
    case Format::Flask:
        return Framework::FlaskCors;
    case Format::Express:
        return Framework::Express;
    case Format::Django:
        return Framework::DjangoCorsHeaders;
    case Format::FastApi:
    case Format::Nginx:
    case Format::Headers:
        break;
    }
    return Framework::Starlette;
}

PolicyExport::Format PolicyExport::formatFor(CorsPolicy::Framework framework)
{
    for (qsizetype index = 0; index < formatNames().size(); ++index) {
        if (nativeFramework(Format(index)) == framework)
            return Format(index);
    }
    return Format::FastApi;
}

namespace {

// Which options the code is written from: the policy's own when the format is its library's,
// django-cors-headers' for the django format (settings only, no code that emulates
// Starlette), Starlette's otherwise.
Framework sourceFor(const CorsPolicy &policy, Format format)
{
    const Framework native = nativeFramework(format);
    if (native == policy.framework || format == Format::Django)
        return native;
    return Framework::Starlette;
}

QString commentPrefix(Format format)
{
    return format == Format::Express ? u"//"_s : u"#"_s;
}

QString body(const CorsPolicy &policy, Format format)
{
    const bool native = policy.framework != Framework::Starlette;
    switch (format) {
    case Format::FastApi:
        return FastApiExport::render(policy.middleware);
    case Format::Flask:
        return native ? FlaskExport::native(policy.flaskCors)
                      : FlaskExport::fromStarlette(policy.middleware);
    case Format::Express:
        return native ? ExpressExport::native(policy.express)
                      : ExpressExport::fromStarlette(policy.middleware);
    case Format::Nginx:
        return NginxExport::render(policy.middleware);
    case Format::Headers:
        return HeaderLinesExport::render(policy);
    case Format::Django:
        break;
    }
    return DjangoExport::native(policy.djangoCorsHeaders);
}

} // namespace

namespace PolicyExport {

QStringList formatNames()
{
    return {u"fastapi"_s, u"flask"_s, u"express"_s, u"nginx"_s, u"headers"_s, u"django"_s};
}

bool parseFormat(const QString &name, Format *format)
{
    const qsizetype index = formatNames().indexOf(name);
    if (index < 0)
        return false;
    *format = Format(index);
    return true;
}

QString render(const CorsPolicy &policy, Format format)
{
    // Manual responses are the same header lines whatever the framework.
    if (format == Format::Headers && policy.mode == CorsPolicy::Mode::Manual)
        return HeaderLinesExport::render(policy);
    const FrameworkConversion::Result converted
        = FrameworkConversion::convert(policy, sourceFor(policy, format));
    const QString prefix = commentPrefix(format);
    QString code = ExportText::notCarriedNote(prefix, policy.framework, converted.notCarried);
    if (policy.mode == CorsPolicy::Mode::Manual)
        code += ExportText::manualNote(prefix);
    return code + body(converted.policy, format);
}

} // namespace PolicyExport
