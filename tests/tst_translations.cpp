#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

// The shipped languages stay nearly complete and every translation keeps its source's
// placeholders, so a translated message never loses a value it should show.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languagesAreCompleteAndKeepPlaceholders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << u"cors-playground_de.ts"_s;
        QTest::newRow("fr") << u"cors-playground_fr.ts"_s;
    }

    void languagesAreCompleteAndKeepPlaceholders()
    {
        QFETCH(QString, file);
        QFile ts(QStringLiteral(TESTS_SOURCE_DIR "/../translations/") + file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        int finished = 0;
        QStringList broken;
        QString source;
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
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                ++messages;
                const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished";
                const QString translation
                    = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || translation.isEmpty())
                    continue;
                ++finished;
                if (placeholders(translation) != placeholders(source))
                    broken.append(source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        qInfo("%s: %d of %d messages translated", qPrintable(file), finished, messages);
        QVERIFY2(finished * 100 >= messages * 95,
                 qPrintable(u"%1 of %2"_s.arg(finished).arg(messages)));
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
