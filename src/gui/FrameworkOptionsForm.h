#pragma once

#include "core/policy/OptionLiteral.h"
#include "core/policy/PolicyError.h"

#include <QJsonObject>
#include <QWidget>

class CommitWatcher;
class QLabel;

// One library's options as a form whose fields carry the library's own option names and hold
// values written as in the user's code (OptionLiteral). The values are the policy file's
// framework object ("express": {...}), so the file's reader validates them. Subclasses only
// set up their .ui form and list its fields. Reports edits and commits; the panel decides.
class FrameworkOptionsForm : public QWidget
{
    Q_OBJECT

public:
    // The object the fields show, over base (the object as the policy holds it): a field
    // whose text does not parse keeps base's value and says why in *problems.
    QJsonObject values(const QJsonObject &base, PolicyErrors *problems) const;
    // Shows these values unless the fields already mean them (so typing is never disturbed).
    void setValues(const QJsonObject &values);
    // Shows each error of this framework's object next to its field.
    void showErrors(const PolicyErrors &errors);
    // The label a person sees for "express.maxAge": the option's own name; empty if not ours.
    QString fieldLabel(const QString &field) const;
    // The policy file's key of this framework's object, such as "express".
    QString objectKey() const { return m_objectKey; }

Q_SIGNALS:
    // field is the JSON path, such as "express.maxAge".
    void edited(const QString &field);
    void committed(const QString &field);

protected:
    struct Field
    {
        QString key;
        // A QLineEdit for a literal, or a QCheckBox for a true/false option.
        QWidget *editor;
        QLabel *error;
    };

    explicit FrameworkOptionsForm(QWidget *parent = nullptr);
    void setFields(const QString &objectKey, OptionLiteral::Language language,
                   const QList<Field> &fields);

private:
    QString pathOf(const QString &key) const { return m_objectKey + u'.' + key; }

    QString m_objectKey;
    OptionLiteral::Language m_language = OptionLiteral::Language::JavaScript;
    QList<Field> m_fields;
    CommitWatcher *m_commitWatcher;
};
