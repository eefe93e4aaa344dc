#include "cli/ExportCommand.h"

#include "cli/CommandLine.h"
#include "core/export/PolicyExport.h"
#include "core/policy/PolicyFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

int fail(const QString &message)
{
    return CommandLine::badInput(u"export"_s, message);
}

} // namespace

namespace ExportCommand {

int run(const QStringList &arguments)
{
    const QString known = PolicyExport::formatNames().join(u", ");
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Print the policy as code for a project."));
    parser.addHelpOption();
    parser.addOptions({
        {u"policy"_s, Text::tr("Policy JSON file (default: Starlette's defaults)."),
         Text::tr("FILE")},
        {u"format"_s, Text::tr("One of: %1.").arg(known), Text::tr("FORMAT")},
    });
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s))
        parser.showHelp(CommandLine::Success);
    PolicyExport::Format format;
    if (!parser.isSet(u"format"_s))
        return fail(Text::tr("--format is required; the formats are: %1").arg(known));
    if (!PolicyExport::parseFormat(parser.value(u"format"_s), &format))
        return fail(Text::tr("--format: unknown format \"%1\"; the formats are: %2")
                        .arg(parser.value(u"format"_s), known));
    CorsPolicy policy;
    if (parser.isSet(u"policy"_s)) {
        const PolicyFile::LoadResult loaded = PolicyFile::load(parser.value(u"policy"_s));
        if (!loaded.ok())
            return fail(loaded.errors.join(u"\n"_s));
        policy = loaded.policy;
    }
    QTextStream(stdout) << PolicyExport::render(policy, format);
    return CommandLine::Success;
}

} // namespace ExportCommand
