#include "gui/FieldErrors.h"

#include <QCoreApplication>
#include <QLabel>

namespace {

// The context these words have always had, so no translation is lost.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MiddlewareForm)
};

} // namespace

namespace FieldErrors {

void show(QLabel *label, const PolicyErrors &errors, const QString &field)
{
    QStringList messages;
    for (const PolicyError &error : errors) {
        if (error.field == field || error.field.startsWith(field + u'['))
            messages.append(Text::tr("Not applied: %1").arg(error.message));
    }
    // The words "Not applied" and the colour both say it: never colour alone.
    label->setText(messages.join(u'\n'));
    label->setVisible(!messages.isEmpty());
}

} // namespace FieldErrors
