#pragma once

#include "core/policy/DjangoCorsHeadersOptions.h"

#include <QString>

// A one-file Django project with django-cors-headers (3.14, Debian 12's), run with
// `python3 main.py runserver 127.0.0.1:8000 --noreload`.
namespace DjangoExport {

// The CORS_* settings as the user wrote them, and nothing added.
QString native(const DjangoCorsHeadersOptions &options);

} // namespace DjangoExport
