#include "support/HttpTestClient.h"
#include "support/OracleTools.h"

#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The byte-exact client speaks https too; a certificate the system does not trust is reported,
// not silently accepted.
class TestRawHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untrustedCertificateIsReported()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        REQUIRE_ORACLE_TOOLS(OracleTool::executable(u"openssl"_s, u"openssl"_s));
        QTemporaryDir directory;
        const QString key = directory.filePath(u"key.pem"_s);
        const QString certificate = directory.filePath(u"certificate.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                       key, u"-out"_s, certificate, u"-days"_s, u"1"_s, u"-subj"_s,
                       u"/CN=127.0.0.1"_s});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        QFile keyFile(key);
        QFile certificateFile(certificate);
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && certificateFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
        QSslServer server;
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        QString error;
        const auto response = exchange(
            {"GET", QUrl(u"https://127.0.0.1:%1/"_s.arg(server.serverPort())), {}, {}}, &error);
        QVERIFY(!response);
        QVERIFY2(error.contains(u"certificate", Qt::CaseInsensitive), qPrintable(error));
    }

    void otherSchemesAreRefusedWithAReason()
    {
        QString error;
        QVERIFY(!exchange({"GET", QUrl(u"ftp://127.0.0.1/"_s), {}, {}}, &error));
        QCOMPARE(error, u"only http:// and https:// URLs can be sent (got ftp://)"_s);
    }
};

QTEST_GUILESS_MAIN(TestRawHttpClient)
#include "tst_rawhttpclient.moc"
