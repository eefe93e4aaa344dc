#pragma once

#include "core/policy/TextOrList.h"

#include <QList>

#include <optional>

// One entry of Express cors' "origin" when it is a list: a string compared with === or a
// regular expression tested (unanchored) with RegExp.test.
struct ExpressOriginEntry
{
    QString text;
    bool isRegex = false;

    friend bool operator==(const ExpressOriginEntry &left, const ExpressOriginEntry &right)
    {
        return left.text == right.text && left.isRegex == right.isRegex;
    }
};

// The options of npm's cors middleware for Express (2.8.x), named and defaulted as in its
// lib/index.js. An unset optional is an option the user did not give.
struct ExpressCorsOptions
{
    // "origin": a string ("*" by default, any other string is sent as it is), true (reflect
    // the request's origin), false (the middleware does nothing), a list, or a regex.
    enum class OriginKind { Text, ReflectAny, Disabled, List, Regex };

    OriginKind originKind = OriginKind::Text;
    // The string for Text, the pattern for Regex.
    QString originText = QStringLiteral("*");
    QList<ExpressOriginEntry> originList;
    TextOrList methods = TextOrList::ofText(QStringLiteral("GET,HEAD,PUT,PATCH,POST,DELETE"));
    // Unset: the requested headers are reflected.
    std::optional<TextOrList> allowedHeaders;
    std::optional<TextOrList> exposedHeaders;
    bool credentials = false;
    std::optional<qint64> maxAge;
    bool preflightContinue = false;
    int optionsSuccessStatus = 204;

    friend bool operator==(const ExpressCorsOptions &left, const ExpressCorsOptions &right)
    {
        return left.originKind == right.originKind && left.originText == right.originText
            && left.originList == right.originList && left.methods == right.methods
            && left.allowedHeaders == right.allowedHeaders
            && left.exposedHeaders == right.exposedHeaders && left.credentials == right.credentials
            && left.maxAge == right.maxAge && left.preflightContinue == right.preflightContinue
            && left.optionsSuccessStatus == right.optionsSuccessStatus;
    }
    friend bool operator!=(const ExpressCorsOptions &left, const ExpressCorsOptions &right)
    {
        return !(left == right);
    }
};
