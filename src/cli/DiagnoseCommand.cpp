#include "cli/DiagnoseCommand.h"

#include "cli/CommandLine.h"
#include "core/browser/CorsMessages.h"
#include "core/diagnose/ConsolePaste.h"
#include "core/diagnose/Diagnosis.h"
#include "core/diagnose/DiagnosisJson.h"
#include "core/export/RequestSnippets.h"
#include "core/policy/PolicyJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiagnoseCommand)
};

int fail(const QString &message)
{
    return CommandLine::badInput(u"diagnose"_s, message);
}

QString asText(const Diagnosis &diagnosis)
{
    const ConsoleError &error = diagnosis.error;
    QString text = Text::tr("%1, %2: %3")
                       .arg(ConsoleError::browserName(error.browser),
                            FetchRequest::initiatorName(error.initiator), error.message)
        + u'\n';
    if (error.failure)
        text += Text::tr("Failed check: %1").arg(CorsMessages::kindName(error.failure->kind))
            + u'\n';
    text += diagnosis.explanation + u"\n";
    if (!diagnosis.fixCode.isEmpty())
        text += u'\n'
            + Text::tr("Fix (%1):").arg(PolicyExport::formatNames().at(int(diagnosis.fixFormat)))
            + u'\n' + diagnosis.fixCode;
    if (diagnosis.reproduction) {
        QStringList command{u"cors-playground"_s, u"check"_s, u"--policy"_s,
                            u"reproduction.json"_s};
        for (const QString &argument : diagnosis.reproduction->checkArguments)
            command.append(RequestSnippets::shellWord(argument));
        text += u'\n' + Text::tr("Reproduce: save this policy as reproduction.json") + u'\n'
            + QString::fromUtf8(
                    QJsonDocument(PolicyJson::toJsonObject(diagnosis.reproduction->policy))
                        .toJson(QJsonDocument::Compact))
            + u'\n' + Text::tr("and run:") + u'\n' + command.join(u' ') + u'\n';
    }
    return text;
}

} // namespace

namespace DiagnoseCommand {

int run(const QStringList &arguments)
{
    const QString known = PolicyExport::formatNames().join(u", ");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Read a CORS error copied from the browser's console: the failed check, why, "
                 "the fix for your framework and a reproduction for the playground."));
    parser.addHelpOption();
    parser.addOptions({
        {u"json"_s, Text::tr("Print JSON: one object, or an array for several errors.")},
        {u"framework"_s, Text::tr("The fix's code: one of %1 (default fastapi).").arg(known),
         Text::tr("F"), u"fastapi"_s},
    });
    parser.addPositionalArgument(
        u"message"_s, Text::tr("The console text, or - to read standard input."), u"MESSAGE"_s);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s))
        parser.showHelp(CommandLine::Success);
    PolicyExport::Format format;
    if (!PolicyExport::parseFormat(parser.value(u"framework"_s), &format))
        return fail(Text::tr("--framework: unknown framework \"%1\"; the frameworks are: %2")
                        .arg(parser.value(u"framework"_s), known));
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(Text::tr("give the console text as an argument, or - to read it from "
                             "standard input"));
    QString paste = positional.join(u' ');
    if (positional == QStringList{u"-"_s}) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return fail(Text::tr("cannot read standard input: %1").arg(input.errorString()));
        paste = QString::fromUtf8(input.readAll());
    }

    const QList<ConsoleError> errors = ConsolePaste::read(paste);
    if (errors.isEmpty())
        return fail(Text::tr("no CORS error found. It looks for Chromium's \"Access to ... has "
                             "been blocked by CORS policy: ...\", Firefox's \"Cross-Origin "
                             "Request Blocked: ...\", \"TypeError: Failed to fetch\" and "
                             "axios' \"AxiosError: Network Error\"."));
    QJsonArray array;
    QStringList texts;
    for (const ConsoleError &error : errors) {
        const Diagnosis diagnosis = Diagnosis::of(error, format);
        array.append(DiagnosisJson::toJson(diagnosis));
        texts.append(asText(diagnosis));
    }
    QTextStream out(stdout);
    if (parser.isSet(u"json"_s))
        out << (array.size() == 1 ? QJsonDocument(array.first().toObject()).toJson()
                                  : QJsonDocument(array).toJson());
    else
        out << texts.join(u"\n\n");
    return CommandLine::Success;
}

} // namespace DiagnoseCommand
