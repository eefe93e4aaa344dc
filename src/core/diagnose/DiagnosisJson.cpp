#include "core/diagnose/DiagnosisJson.h"

#include "core/browser/CorsMessages.h"
#include "core/policy/PolicyJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace DiagnosisJson {

QJsonObject toJson(const Diagnosis &diagnosis)
{
    const ConsoleError &error = diagnosis.error;
    QJsonObject object{
        {u"browser"_s, ConsoleError::browserName(error.browser)},
        {u"initiator"_s, FetchRequest::initiatorName(error.initiator)},
        {u"url"_s, error.url.isValid() ? QJsonValue(error.url.toString()) : QJsonValue()},
        {u"origin"_s, error.origin.isEmpty() ? QJsonValue() : QJsonValue(error.origin)},
        {u"failure"_s,
         error.failure ? QJsonValue(CorsMessages::kindName(error.failure->kind)) : QJsonValue()},
        {u"explanation"_s, diagnosis.explanation},
        {u"message"_s, error.message},
    };
    if (error.failure)
        object.insert(u"detail"_s, error.failure->detail);
    if (error.status != 0)
        object.insert(u"status"_s, error.status);
    if (error.redirectedFrom.isValid())
        object.insert(u"redirected_from"_s, error.redirectedFrom.toString());
    object.insert(u"fix"_s,
                  diagnosis.fixCode.isEmpty()
                      ? QJsonValue()
                      : QJsonObject{{u"framework"_s,
                                     PolicyExport::formatNames().at(int(diagnosis.fixFormat))},
                                    {u"code"_s, diagnosis.fixCode}});
    if (diagnosis.reproduction)
        object.insert(
            u"reproduction"_s,
            QJsonObject{
                {u"policy"_s, PolicyJson::toJsonObject(diagnosis.reproduction->policy)},
                {u"check"_s, QJsonArray::fromStringList(diagnosis.reproduction->checkArguments)}});
    else
        object.insert(u"reproduction"_s, QJsonValue());
    return object;
}

} // namespace DiagnosisJson
