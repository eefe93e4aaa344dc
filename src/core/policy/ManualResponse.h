#pragma once

#include "core/http/HeaderLines.h"

// A response the manual mode sends verbatim, so a class can reproduce any misconfiguration.
struct ManualResponse
{
    int status = 200;
    HeaderLines headers;

    friend bool operator==(const ManualResponse &left, const ManualResponse &right)
    {
        return left.status == right.status && left.headers == right.headers;
    }
    friend bool operator!=(const ManualResponse &left, const ManualResponse &right)
    {
        return !(left == right);
    }
};
