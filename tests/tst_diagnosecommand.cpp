#include "core/browser/CorsFailure.h"
#include "core/browser/CorsMessages.h"
#include "support/CommandRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(FetchRequest::Initiator)

namespace {

// The user's own server, as the pasted message names it.
const QUrl userUrl(u"http://api.example.test:8080/v1/items?page=2"_s);
const QString pageOrigin = u"http://localhost:3000"_s;

CommandRun diagnose(const QStringList &arguments, const QByteArray &input = QByteArray())
{
    return CommandRun::runWithInput(QStringList{u"diagnose"_s} + arguments, input);
}

// What DevTools puts around a console message when it is copied.
QByteArray withDevToolsNoise(const QString &message)
{
    return (u"index.html:1 "_s + message
            + u"\nGET %1 net::ERR_FAILED 200 (OK)\n(index):14 Uncaught (in promise) TypeError: "
              u"Failed to fetch\n    at load (app.js:12:3)\n"_s.arg(userUrl.toString()))
        .toUtf8();
}

// The reproduction run through `check`: its JSON.
QJsonObject runReproduction(const QJsonObject &reproduction)
{
    QTemporaryDir directory;
    QFile policy(directory.filePath(u"reproduction.json"_s));
    if (!policy.open(QIODevice::WriteOnly))
        return {};
    policy.write(QJsonDocument(reproduction.value(u"policy"_s).toObject()).toJson());
    policy.close();
    QStringList arguments{u"check"_s, u"--policy"_s, policy.fileName(), u"--json"_s};
    for (const QJsonValue &argument : reproduction.value(u"check"_s).toArray())
        arguments.append(argument.toString());
    const CommandRun run = CommandRun::run(arguments);
    if (run.exitCode != 1)
        qWarning("check exited %d: %s", run.exitCode, qPrintable(run.standardError));
    return QJsonDocument::fromJson(run.standardOutput).object();
}

// A preflight's failure and the same failure on the response are one check to Firefox.
CorsErrorKind withoutPreflight(CorsErrorKind kind)
{
    const QString name = CorsMessages::kindName(kind);
    if (!name.startsWith(u"Preflight"_s) || kind == CorsErrorKind::PreflightInvalidStatus
        || kind == CorsErrorKind::PreflightDisallowedRedirect)
        return kind;
    const QMetaEnum meta = QMetaEnum::fromType<CorsErrorKind>();
    return CorsErrorKind(meta.keyToValue(name.mid(9).toLatin1().constData()));
}

} // namespace

// `diagnose` closes the loop: every message the simulator prints, pasted with DevTools' noise,
// is read back to its failure, and the reproduction it gives, run through `check`, prints the
// same message again. Firefox's words for the same exchange read as the same failure.
class TestDiagnoseCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reproductionGivesTheSameMessage_data()
    {
        QTest::addColumn<CorsErrorKind>("kind");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<FetchRequest::Initiator>("initiator");
        using Kind = CorsErrorKind;
        const QList<QPair<Kind, QString>> access{
            {Kind::WildcardOriginNotAllowed, {}},
            {Kind::MissingAllowOriginHeader, {}},
            {Kind::MultipleAllowOriginValues, u"http://localhost:3000, http://localhost:5173"_s},
            {Kind::InvalidAllowOriginValue, u"localhost"_s},
            {Kind::AllowOriginMismatch, u"http://localhost:3000/"_s},
            {Kind::InvalidAllowCredentials, {}},
            {Kind::InvalidAllowCredentials, u"TRUE"_s},
        };
        const QList<QPair<Kind, QString>> preflightOnly{
            {Kind::PreflightInvalidStatus, {}},
            {Kind::PreflightDisallowedRedirect, {}},
            {Kind::InvalidAllowMethodsPreflightResponse, {}},
            {Kind::InvalidAllowHeadersPreflightResponse, {}},
            {Kind::MethodDisallowedByPreflightResponse, u"DELETE"_s},
            {Kind::HeaderDisallowedByPreflightResponse, u"x-api-key"_s},
            {Kind::HeaderDisallowedByPreflightResponse, u"content-type"_s},
        };
        const auto credentialed = [](Kind kind) {
            return kind == Kind::WildcardOriginNotAllowed || kind == Kind::InvalidAllowCredentials;
        };
        for (const FetchRequest::Initiator initiator : FetchRequest::initiators()) {
            // "script" reads back as a classic script; a module script words it alike.
            if (initiator == FetchRequest::Initiator::ModuleScript)
                continue;
            const QString name = FetchRequest::initiatorName(initiator);
            const bool canPreflight = initiator == FetchRequest::Initiator::Fetch
                || initiator == FetchRequest::Initiator::XmlHttpRequest;
            for (const auto &[kind, detail] : access) {
                // A font never carries credentials.
                if (credentialed(kind) && initiator == FetchRequest::Initiator::Font)
                    continue;
                const QString row = name + u' ' + CorsMessages::kindName(kind) + u' ' + detail;
                QTest::newRow(qPrintable(row)) << kind << detail << initiator;
                if (canPreflight)
                    QTest::newRow(qPrintable(u"preflight "_s + row))
                        << CorsFailure{kind, detail}.asPreflight().kind << detail << initiator;
            }
            if (canPreflight) {
                for (const auto &[kind, detail] : preflightOnly)
                    QTest::newRow(
                        qPrintable(name + u' ' + CorsMessages::kindName(kind) + u' ' + detail))
                        << kind << detail << initiator;
            }
        }
        QTest::newRow("fetch RedirectContainsCredentials")
            << Kind::RedirectContainsCredentials << QString() << FetchRequest::Initiator::Fetch;
    }

    void reproductionGivesTheSameMessage()
    {
        QFETCH(CorsErrorKind, kind);
        QFETCH(QString, detail);
        QFETCH(FetchRequest::Initiator, initiator);
        const QString message
            = CorsMessages::chromiumMessage({kind, detail}, userUrl, pageOrigin, QUrl(), initiator);
        const CommandRun run = diagnose({u"--json"_s, u"-"_s}, withDevToolsNoise(message));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject diagnosis = QJsonDocument::fromJson(run.standardOutput).object();
        QCOMPARE(diagnosis.value(u"browser"_s).toString(), u"chromium"_s);
        QCOMPARE(diagnosis.value(u"initiator"_s).toString(),
                 FetchRequest::initiatorName(initiator));
        QCOMPARE(diagnosis.value(u"url"_s).toString(), userUrl.toString());
        QCOMPARE(diagnosis.value(u"origin"_s).toString(), pageOrigin);
        QCOMPARE(diagnosis.value(u"failure"_s).toString(), CorsMessages::kindName(kind));
        QVERIFY(!diagnosis.value(u"explanation"_s).toString().isEmpty());
        QCOMPARE(diagnosis.value(u"fix"_s).toObject().value(u"framework"_s).toString(),
                 u"fastapi"_s);
        QVERIFY(diagnosis.value(u"fix"_s).toObject().value(u"code"_s).toString().contains(
            u"allow_origins=[\"http://localhost:3000\"]"_s));

        const QJsonObject checked = runReproduction(diagnosis.value(u"reproduction"_s).toObject());
        QCOMPARE(checked.value(u"verdict"_s).toString(), u"blocked"_s);
        const QJsonObject error = checked.value(u"error"_s).toObject();
        // The same words, with the playground's address where the user's server was.
        const QUrl served(checked.value(u"url"_s).toString());
        QString expected = message;
        expected.replace(userUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery),
                         served.toString(QUrl::RemovePath | QUrl::RemoveQuery));
        QCOMPARE(error.value(u"message"_s).toString(), expected);

        // Firefox's words for the same exchange read as the same failed check.
        const CommandRun firefox = diagnose({u"--json"_s, error.value(u"firefox"_s).toString()});
        QCOMPARE(firefox.exitCode, 0);
        const QJsonObject firefoxDiagnosis
            = QJsonDocument::fromJson(firefox.standardOutput).object();
        QCOMPARE(firefoxDiagnosis.value(u"browser"_s).toString(), u"firefox"_s);
        QVERIFY(firefoxDiagnosis.value(u"origin"_s).isNull());
        // Firefox has no words of its own for a redirect to a URL with credentials: it says
        // what it says when no answer came.
        const CorsErrorKind firefoxKind = kind == CorsErrorKind::RedirectContainsCredentials
            ? CorsErrorKind::NetworkError
            : withoutPreflight(kind);
        QCOMPARE(firefoxDiagnosis.value(u"failure"_s).toString(),
                 CorsMessages::kindName(firefoxKind));
    }

    // Local Network Access refuses before any answer: no server fix, but a reproduction whose
    // address spaces and permission make `check` print the same message.
    void localNetworkAccessMessagesReproduceThemselves_data()
    {
        QTest::addColumn<CorsErrorKind>("kind");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("space");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<FetchRequest::Initiator>("initiator");
        using Kind = CorsErrorKind;
        using Initiator = FetchRequest::Initiator;
        const QString insecure = u"http://app.example.test:8080"_s;
        for (const Initiator initiator :
             {Initiator::Fetch, Initiator::XmlHttpRequest, Initiator::Image, Initiator::Font}) {
            const QString name = FetchRequest::initiatorName(initiator);
            for (const QString &space : {u"loopback"_s, u"local"_s}) {
                QTest::newRow(qPrintable(name + u" denied "_s + space))
                    << Kind::LocalNetworkAccessPermissionDenied << QString() << space << pageOrigin
                    << initiator;
                QTest::newRow(qPrintable(name + u" insecure "_s + space))
                    << Kind::InsecurePrivateNetwork << QString() << space << insecure << initiator;
            }
        }
        QTest::newRow("fetch target local for loopback")
            << Kind::InvalidPrivateNetworkAccess << u"local"_s << u"loopback"_s << pageOrigin
            << Initiator::Fetch;
        QTest::newRow("fetch target loopback for local")
            << Kind::InvalidPrivateNetworkAccess << u"loopback"_s << u"local"_s << pageOrigin
            << Initiator::Fetch;
    }

    void localNetworkAccessMessagesReproduceThemselves()
    {
        QFETCH(CorsErrorKind, kind);
        QFETCH(QString, detail);
        QFETCH(QString, space);
        QFETCH(QString, origin);
        QFETCH(FetchRequest::Initiator, initiator);
        const QString message = CorsMessages::chromiumMessage({kind, detail, space}, userUrl,
                                                              origin, QUrl(), initiator);
        const CommandRun run = diagnose({u"--json"_s, u"-"_s}, withDevToolsNoise(message));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject diagnosis = QJsonDocument::fromJson(run.standardOutput).object();
        QCOMPARE(diagnosis.value(u"failure"_s).toString(), CorsMessages::kindName(kind));
        QVERIFY(diagnosis.value(u"fix"_s).toObject().value(u"code"_s).toString().isEmpty());
        const QString explanation = diagnosis.value(u"explanation"_s).toString();
        QVERIFY2(explanation.contains(u"Fix:"), qPrintable(explanation));
        QVERIFY2(explanation.contains(u"nothing reached the server"), qPrintable(explanation));

        const QJsonObject checked = runReproduction(diagnosis.value(u"reproduction"_s).toObject());
        const QUrl served(checked.value(u"url"_s).toString());
        QString expected = message;
        expected.replace(userUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery),
                         served.toString(QUrl::RemovePath | QUrl::RemoveQuery));
        QCOMPARE(checked.value(u"error"_s).toObject().value(u"message"_s).toString(), expected);
        QCOMPARE(
            checked.value(u"local_network_access"_s).toObject().value(u"server_address_space"_s),
            QJsonValue(space));
    }

    // Before Chromium 142 the local network was `private`: read as local, and said so.
    void anOlderSpaceNameIsReadAndExplained()
    {
        const CommandRun run = diagnose(
            {u"--json"_s,
             u"Access to fetch at 'http://192.168.1.20/api' from origin 'https://a.example' has "
             u"been blocked by CORS policy: Permission was denied for this request to access the "
             u"`private` address space."_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject diagnosis = QJsonDocument::fromJson(run.standardOutput).object();
        QCOMPARE(diagnosis.value(u"failure"_s).toString(), u"LocalNetworkAccessPermissionDenied"_s);
        QVERIFY(
            diagnosis.value(u"explanation"_s)
                .toString()
                .contains(
                    u"before Chromium 142 this machine was \"local\" and the local network \"private\""_s));
        const QStringList check = diagnosis.value(u"reproduction"_s)
                                      .toObject()
                                      .value(u"check"_s)
                                      .toVariant()
                                      .toStringList();
        QCOMPARE(check.at(check.indexOf(u"--server-address-space"_s) + 1), u"local"_s);
    }

    void severalErrorsGiveAnArray()
    {
        const QString first = CorsMessages::chromiumMessage(
            {CorsErrorKind::MissingAllowOriginHeader, {}}, userUrl, pageOrigin);
        const QString second = CorsMessages::chromiumMessage(
            {CorsErrorKind::HeaderDisallowedByPreflightResponse, u"authorization"_s}, userUrl,
            pageOrigin, QUrl(), FetchRequest::Initiator::XmlHttpRequest);
        const CommandRun run = diagnose({u"--json"_s, first + u'\n' + second});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(run.standardOutput).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(1).toObject().value(u"failure"_s).toString(),
                 u"HeaderDisallowedByPreflightResponse"_s);
        QCOMPARE(array.at(1).toObject().value(u"initiator"_s).toString(), u"xhr"_s);
    }

    void theFixIsWrittenForTheFrameworkAsked_data()
    {
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("code");
        QTest::newRow("flask") << u"flask"_s << u"supports_credentials=True"_s;
        QTest::newRow("express") << u"express"_s << u"credentials: true"_s;
        QTest::newRow("django") << u"django"_s << u"CORS_ALLOWED_ORIGINS"_s;
        QTest::newRow("nginx") << u"nginx"_s << u"add_header"_s;
    }

    void theFixIsWrittenForTheFrameworkAsked()
    {
        QFETCH(QString, framework);
        QFETCH(QString, code);
        const QString message = CorsMessages::chromiumMessage(
            {CorsErrorKind::WildcardOriginNotAllowed, {}}, userUrl, pageOrigin);
        const CommandRun run = diagnose({u"--json"_s, u"--framework"_s, framework, message});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject fix
            = QJsonDocument::fromJson(run.standardOutput).object().value(u"fix"_s).toObject();
        QCOMPARE(fix.value(u"framework"_s).toString(), framework);
        QVERIFY2(fix.value(u"code"_s).toString().contains(code),
                 qPrintable(fix.value(u"code"_s).toString()));
    }

    void linesThatHideTheCauseSaySo()
    {
        const CommandRun run = diagnose({u"--json"_s, u"AxiosError: Network Error"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject diagnosis = QJsonDocument::fromJson(run.standardOutput).object();
        QVERIFY(diagnosis.value(u"failure"_s).isNull());
        QVERIFY(diagnosis.value(u"fix"_s).isNull());
        QVERIFY(diagnosis.value(u"reproduction"_s).isNull());
        const QString explanation = diagnosis.value(u"explanation"_s).toString();
        QVERIFY2(explanation.contains(u"console"_s) && explanation.contains(u"Network panel"_s),
                 qPrintable(explanation));
    }

    void whatAMessageImpliesShowsInTheAnswer()
    {
        // A preflight status the message does not give is not "0".
        CommandRun run
            = diagnose({u"--json"_s,
                        CorsMessages::chromiumMessage({CorsErrorKind::PreflightInvalidStatus, {}},
                                                      userUrl, pageOrigin)});
        QString explanation = QJsonDocument::fromJson(run.standardOutput)
                                  .object()
                                  .value(u"explanation"_s)
                                  .toString();
        QVERIFY2(!explanation.contains(u"status 0"_s) && explanation.contains(u"Network panel"_s),
                 qPrintable(explanation));
        // An error page without CORS headers: the status is said and reproduced.
        run = diagnose({u"--json"_s, u"-"_s},
                       CorsMessages::chromiumMessage({CorsErrorKind::MissingAllowOriginHeader, {}},
                                                     userUrl, pageOrigin)
                               .toUtf8()
                           + "\nGET " + userUrl.toEncoded()
                           + " net::ERR_FAILED 500 (Internal "
                             "Server Error)\n");
        QJsonObject diagnosis = QJsonDocument::fromJson(run.standardOutput).object();
        QVERIFY(diagnosis.value(u"explanation"_s).toString().contains(u"status 500"_s));
        const QJsonObject checked = runReproduction(diagnosis.value(u"reproduction"_s).toObject());
        QCOMPARE(checked.value(u"actual"_s)
                     .toObject()
                     .value(u"response"_s)
                     .toObject()
                     .value(u"status"_s),
                 500);
        // The origin "null" is never what to allow.
        run = diagnose({u"--json"_s,
                        CorsMessages::chromiumMessage({CorsErrorKind::MissingAllowOriginHeader, {}},
                                                      userUrl, u"null"_s)});
        diagnosis = QJsonDocument::fromJson(run.standardOutput).object();
        QVERIFY(diagnosis.value(u"fix"_s).isNull());
        QVERIFY(diagnosis.value(u"explanation"_s).toString().contains(u"file://"_s));
        QVERIFY(!diagnosis.value(u"reproduction"_s).isNull());
    }

    void noCorsErrorExitsTwo_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty paste") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x01\x02 zzz qqq");
        QTest::newRow("another JavaScript error")
            << QByteArray("Uncaught TypeError: Cannot read properties of undefined (reading "
                          "'map')\n    at render (app.js:3:10)");
    }

    void noCorsErrorExitsTwo()
    {
        QFETCH(QByteArray, input);
        const CommandRun run = diagnose({u"-"_s}, input);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.standardOutput.isEmpty());
        QVERIFY2(run.standardError.contains(u"no CORS error found"_s)
                     && run.standardError.contains(u"Cross-Origin Request Blocked"_s),
                 qPrintable(run.standardError));
    }

    void badOptionsExitTwo()
    {
        CommandRun run = diagnose({u"--framework"_s, u"rails"_s, u"x"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.standardError.contains(u"--framework: unknown framework \"rails\""_s));
        run = diagnose({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.standardError.contains(u"standard input"_s));
    }

    void textOutputSaysWhatFailedAndHowToReproduce()
    {
        const QString message = CorsMessages::chromiumMessage(
            {CorsErrorKind::AllowOriginMismatch, u"http://localhost:3000/"_s}, userUrl, pageOrigin);
        const CommandRun run = diagnose({message});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.standardOutput);
        QVERIFY2(text.contains(u"Failed check: AllowOriginMismatch"_s), qPrintable(text));
        QVERIFY(text.contains(u"trailing slash"_s));
        QVERIFY(text.contains(u"Fix (fastapi):"_s));
        QVERIFY(text.contains(u"cors-playground check --policy reproduction.json --origin "
                              u"http://localhost:3000 --path '/v1/items?page=2'"_s));
    }
};

QTEST_GUILESS_MAIN(TestDiagnoseCommand)
#include "tst_diagnosecommand.moc"
