#include "gui/FrameworkOptionsForm.h"

#include "gui/CommitWatcher.h"
#include "gui/FieldErrors.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

FrameworkOptionsForm::FrameworkOptionsForm(QWidget *parent)
    : QWidget(parent)
    , m_commitWatcher(new CommitWatcher(this))
{
    connect(m_commitWatcher, &CommitWatcher::committed, this, &FrameworkOptionsForm::committed);
}

void FrameworkOptionsForm::setFields(const QString &objectKey, OptionLiteral::Language language,
                                     const QList<Field> &fields)
{
    m_objectKey = objectKey;
    m_language = language;
    m_fields = fields;
    // The page may be taller than its fields (the stack is as tall as its tallest form): the
    // room goes below the last field, not between the fields.
    if (auto *grid = qobject_cast<QGridLayout *>(layout()))
        grid->setRowStretch(grid->rowCount() - 1, 1);
    for (const Field &field : fields) {
        const QString path = pathOf(field.key);
        if (auto *edit = qobject_cast<QLineEdit *>(field.editor)) {
            m_commitWatcher->watch(edit, path);
            connect(edit, &QLineEdit::textChanged, this, [this, path] { Q_EMIT edited(path); });
        } else if (auto *check = qobject_cast<QCheckBox *>(field.editor)) {
            connect(check, &QCheckBox::toggled, this, [this, path] {
                Q_EMIT edited(path);
                Q_EMIT committed(path);
            });
        }
    }
}

QJsonObject FrameworkOptionsForm::values(const QJsonObject &base, PolicyErrors *problems) const
{
    QJsonObject object = base;
    for (const Field &field : m_fields) {
        if (const auto *check = qobject_cast<const QCheckBox *>(field.editor)) {
            object.insert(field.key, check->isChecked());
            continue;
        }
        const auto *edit = qobject_cast<const QLineEdit *>(field.editor);
        const OptionLiteral::Parsed parsed = OptionLiteral::parse(edit->text(), m_language);
        if (parsed.problem.isEmpty())
            object.insert(field.key, parsed.value);
        else
            problems->append({pathOf(field.key), parsed.problem});
    }
    return object;
}

void FrameworkOptionsForm::setValues(const QJsonObject &values)
{
    const QSignalBlocker blocker(this);
    for (const Field &field : m_fields) {
        const QJsonValue value = values.value(field.key);
        if (auto *check = qobject_cast<QCheckBox *>(field.editor)) {
            check->setChecked(value.toBool());
            continue;
        }
        auto *edit = qobject_cast<QLineEdit *>(field.editor);
        const OptionLiteral::Parsed shown = OptionLiteral::parse(edit->text(), m_language);
        if (!shown.problem.isEmpty() || shown.value != value) {
            edit->setText(OptionLiteral::format(value, m_language));
            // A long list shows its start, where a reader begins.
            edit->setCursorPosition(0);
        }
    }
}

void FrameworkOptionsForm::showErrors(const PolicyErrors &errors)
{
    for (const Field &field : m_fields)
        FieldErrors::show(field.error, errors, pathOf(field.key));
}

QString FrameworkOptionsForm::fieldLabel(const QString &field) const
{
    for (const Field &each : m_fields) {
        if (pathOf(each.key) == field)
            return each.key;
    }
    return field == m_objectKey ? m_objectKey : QString();
}
