#pragma once

#include "domain/event.h"

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

// A JSON text as it was stored, embedded verbatim when it is one line of
// JSON, else as a JSON string of the stored text: never re-serialized, so a
// value the program cannot read (`1e400`) is shown as it is.
QByteArray stored(const QByteArray& text);

// An event row for export, its columns in RecordedEvent::columns() order,
// data and metadata as stored.
QByteArray event(const RecordedEvent& event);

// A JSON object written key by key, in the order given.
class ObjectWriter
{
public:
    ObjectWriter& add(const QString& key, const QJsonValue& value);
    ObjectWriter& add(const QString& key, const QJsonValueConstRef& value);
    ObjectWriter& add(const QString& key, const QString& text);
    ObjectWriter& addRaw(const QString& key, const QByteArray& json);
    // The object's text (closed, and so nothing more can be added).
    QByteArray finish();

private:
    template <typename Value> ObjectWriter& addValue(const QString& key, const Value& value);
    void addKey(const QString& key);

    QByteArray m_text;
    bool m_finished = false;
};

} // namespace coopdesk::json
