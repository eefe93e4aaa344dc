#pragma once

#include <QString>
#include <QStringList>

// An option that a library accepts either as one string or as a list, and treats the two
// differently (Express sends a string verbatim but joins a list with ","; Flask-CORS sorts a
// list), so the policy keeps which one the user wrote.
struct TextOrList
{
    bool isList = true;
    QString text;
    QStringList items;

    static TextOrList ofText(const QString &text) { return {false, text, {}}; }
    static TextOrList ofList(const QStringList &items) { return {true, {}, items}; }

    // The values it names: a list's items, or the one string.
    QStringList values() const { return isList ? items : QStringList{text}; }

    friend bool operator==(const TextOrList &left, const TextOrList &right)
    {
        return left.isList == right.isList
            && (left.isList ? left.items == right.items : left.text == right.text);
    }
    friend bool operator!=(const TextOrList &left, const TextOrList &right)
    {
        return !(left == right);
    }
};
