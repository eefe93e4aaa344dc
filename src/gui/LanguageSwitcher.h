#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTranslator>

class QMenu;
class QSettings;

// Loads the app's and Qt's translations for the chosen language and switches them at run
// time; every window then receives a LanguageChange event and retranslates itself.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QSettings *settings, QObject *parent = nullptr);

    // (code, name in that language); the empty code follows the system.
    static QList<QPair<QString, QString>> languages();

    // Applies the remembered choice (the system's language the first time).
    void restore();
    // Returns false when no translation for that language is available.
    bool apply(const QString &code);
    QString current() const { return m_current; }
    // Replaces the menu's entries with one checkable entry per language.
    void fillMenu(QMenu *menu);

private:
    QSettings *m_settings;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_current;
};
