#include "core/policy/PolicyFile.h"

#include "support/JsonText.h"
#include <QFile>
#include <QTemporaryDir>

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPolicyFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAndLoadsBack()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"policy.json"_s);
        CorsPolicy policy;
        policy.middleware.allowOrigins = {u"http://localhost:5173"_s};
        policy.middleware.allowCredentials = true;
        QString error;
        QVERIFY2(PolicyFile::save(path, policy, &error), qPrintable(error));
        const PolicyFile::LoadResult loaded = PolicyFile::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.policy, policy);
    }

    void namesTheFileAndTheField()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"bad.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json("{'allow_origins': ['http://localhost:3000/'], 'max_age': -1}"));
        file.close();
        const PolicyFile::LoadResult loaded = PolicyFile::load(path);
        QCOMPARE(loaded.errors.size(), 2);
        QCOMPARE(
            loaded.errors
                .filter(path + u": allow_origins[0]: \"http://localhost:3000/\" ends with a slash")
                .size(),
            1);
        QCOMPARE(loaded.errors.filter(path + u": max_age: must be a whole number").size(), 1);
    }

    void missingFileSaysSo()
    {
        const PolicyFile::LoadResult loaded = PolicyFile::load(u"/nonexistent/policy.json"_s);
        QCOMPARE(loaded.errors.size(), 1);
        QCOMPARE(loaded.errors.first(),
                 u"/nonexistent/policy.json: cannot read the policy "
                 u"file: No such file or directory"_s);
    }

    void failedSaveLeavesTheOldFileWhole()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"keep.json"_s);
        QVERIFY(PolicyFile::save(path, CorsPolicy(), nullptr));
        QFile::setPermissions(directory.path(), QFile::ReadOwner | QFile::ExeOwner);
        CorsPolicy changed;
        changed.middleware.maxAge = 1;
        QString error;
        const bool saved = PolicyFile::save(path, changed, &error);
        QFile::setPermissions(directory.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (saved)
            QSKIP("running as a user who may write anywhere (root): cannot provoke a failure");
        QVERIFY(error.startsWith(path + u": cannot save the policy: "));
        QCOMPARE(PolicyFile::load(path).policy, CorsPolicy());
    }
};

QTEST_GUILESS_MAIN(TestPolicyFile)
#include "tst_policyfile.moc"
