#include "support/TranslationFile.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The shipped languages stay nearly complete and every translation keeps its source's
// placeholders, so a translated message never loses a value it should show.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languagesAreCompleteAndKeepPlaceholders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
    }

    void languagesAreCompleteAndKeepPlaceholders()
    {
        QFETCH(QString, language);
        const QList<TranslatedMessage> all = translatedMessages(language);
        const int messages = int(all.size());
        int finished = 0;
        QStringList broken;
        static const QRegularExpression placeholder(u"%(\\d|n)"_s);
        const auto placeholders = [](const QString &text) {
            QStringList found;
            auto matches = placeholder.globalMatch(text);
            while (matches.hasNext())
                found.append(matches.next().captured());
            found.sort();
            found.removeDuplicates();
            return found;
        };
        for (const TranslatedMessage &message : all) {
            if (!message.finished)
                continue;
            ++finished;
            if (placeholders(message.translation) != placeholders(message.source))
                broken.append(message.source);
        }
        QVERIFY(messages > 100);
        qInfo("%s: %d of %d messages translated", qPrintable(language), finished, messages);
        QVERIFY2(finished * 100 >= messages * 95,
                 qPrintable(u"%1 of %2"_s.arg(finished).arg(messages)));
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
