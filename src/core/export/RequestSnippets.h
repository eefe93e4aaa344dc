#pragma once

#include "core/browser/FetchRequest.h"

#include <QString>

// The composed request as code to paste elsewhere: a curl command line (with the preflight
// the browser would send first, when it needs one) and the page's own code for its initiator:
// the fetch() call, plain XMLHttpRequest, an axios call, the HTML element or an @font-face rule.
namespace RequestSnippets {

QString curl(const FetchRequest &request);
// One argument for a POSIX shell: as it is when it is plain (letters, digits, @%+=:,./-),
// single-quoted otherwise.
QString shellWord(const QString &argument);
QString fetchCall(const FetchRequest &request);
QString xmlHttpRequestCode(const FetchRequest &request);
// What an axios user writes for the same XMLHttpRequest (axios adds its own Accept, which is
// CORS-safelisted and changes nothing here).
QString axiosCall(const FetchRequest &request);
// <img>, <script>, <script type="module">, <link rel="stylesheet"> or an @font-face rule with
// a use (Chromium loads a font only when text needs it); empty for fetch() and XMLHttpRequest.
QString elementCode(const FetchRequest &request);
// The code that sends this request, whichever its initiator.
QString pageCode(const FetchRequest &request);

} // namespace RequestSnippets
