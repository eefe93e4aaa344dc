#pragma once

#include "core/policy/CorsPolicy.h"

#include <QString>
#include <QStringList>

// The policy as code a user pastes into a project. `cors-playground export --format F` prints
// it; the formats are a public contract. Each aims at the same browser-visible result as the
// playground (Starlette 0.26.1's CORSMiddleware); where a framework cannot say something the
// generated code adds what is needed or says so in a comment.
namespace PolicyExport {

enum class Format { FastApi, Flask, Express, Nginx, Headers };

QStringList formatNames();
bool parseFormat(const QString &name, Format *format);
QString render(const CorsPolicy &policy, Format format);

} // namespace PolicyExport
