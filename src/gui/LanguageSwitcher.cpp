#include "gui/LanguageSwitcher.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

LanguageSwitcher::LanguageSwitcher(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

QList<QPair<QString, QString>> LanguageSwitcher::languages()
{
    return {{QString(), tr("System language")},
            {u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch"_s},
            {u"fr"_s, u"Fran\u00e7ais"_s}};
}

void LanguageSwitcher::restore()
{
    apply(m_settings->value(u"view/language"_s).toString());
}

bool LanguageSwitcher::apply(const QString &code)
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // English is the source language: nothing to load.
    bool loaded = locale.language() == QLocale::English;
    if (!loaded && m_appTranslator.load(locale, u"cors-playground"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(&m_appTranslator);
        loaded = true;
    }
    if (m_qtTranslator.load(locale, u"qtbase"_s, u"_"_s,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    m_current = code;
    m_settings->setValue(u"view/language"_s, code);
    return loaded || code.isEmpty();
}

void LanguageSwitcher::fillMenu(QMenu *menu)
{
    menu->clear();
    auto *group = new QActionGroup(menu);
    for (const auto &[code, name] : languages()) {
        QAction *action = menu->addAction(code.isEmpty() ? tr("System language") : name);
        action->setObjectName(u"language_"_s + (code.isEmpty() ? u"system"_s : code));
        action->setCheckable(true);
        action->setChecked(code == m_current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { apply(code); });
    }
}
