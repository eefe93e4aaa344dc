#include "core/export/PolicyExport.h"
#include "gui/ExportDialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEachFormatAndCopiesIt()
    {
        CorsPolicy policy;
        policy.middleware.allowOrigins = {u"http://localhost:3000"_s};
        ExportDialog dialog(policy);
        QVERIFY(dialog.code().contains(u"from fastapi.middleware.cors import CORSMiddleware"));
        auto *format = dialog.findChild<QComboBox *>(u"formatCombo"_s);
        format->setCurrentIndex(2);
        QVERIFY(dialog.code().contains(u"const cors = require('cors');"));
        format->setCurrentIndex(3);
        QVERIFY(dialog.code().contains(u"map $http_origin $cors_allowed_origin"));
        dialog.findChild<QPushButton *>(u"copyButton"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog.code());
        // Every format the command line knows is in the list, in the same order.
        QCOMPARE(format->count(), int(PolicyExport::formatNames().size()));
        format->setCurrentIndex(int(PolicyExport::Format::Django));
        QVERIFY(dialog.code().contains(u"corsheaders.middleware.CorsMiddleware"));
    }

    void aLibrarysOwnOptionsOpenInItsOwnCode()
    {
        CorsPolicy policy;
        policy.framework = CorsPolicy::Framework::DjangoCorsHeaders;
        policy.djangoCorsHeaders.allowedOrigins = {u"https://app.example"_s};
        ExportDialog dialog(policy);
        QCOMPARE(dialog.findChild<QComboBox *>(u"formatCombo"_s)->currentIndex(),
                 int(PolicyExport::Format::Django));
        QVERIFY(dialog.code().contains(u"https://app.example"));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
