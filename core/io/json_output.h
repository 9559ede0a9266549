#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// JSON text with keys in a chosen order, the way the command-line tool and
// exports write it: the spec's order first, any other keys after, sorted.
namespace coopdesk::json {

QByteArray value(const QJsonValue& value);
QByteArray object(const QJsonObject& object, const QStringList& keyOrder = {});
QByteArray array(const QList<QJsonObject>& rows, const QStringList& keyOrder = {});

// A JSON object written key by key, in the order given.
class ObjectWriter
{
public:
    ObjectWriter& add(const QString& key, const QJsonValue& value);
    ObjectWriter& addRaw(const QString& key, const QByteArray& json);
    QByteArray finish() const;

private:
    QByteArray m_text;
};

} // namespace coopdesk::json
