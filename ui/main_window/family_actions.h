#pragma once

#include "domain/command_catalog.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <utility>

class QAction;

namespace coopdesk {

// One action per command of SPEC 2, for the Family menu (and, later, the
// families table and family detail). EnrollFamily needs no family; every
// other command acts on the family selected on the screen shown, and
// with none its dialog asks which. All are disabled while no writable
// co-op file is open.
class FamilyActions : public QObject
{
    Q_OBJECT

public:
    explicit FamilyActions(QObject* parent = nullptr);

    QList<QAction*> actions() const { return m_ordered; }
    QAction* action(CommandType type) const { return m_actions.value(type); }

    QString selectedFamily() const { return m_selectedFamily; }
    void setSelectedFamily(const QString& familyId);

    // Fields the dialog of `type` starts with when it opens on `familyId`
    // (the payment selected on that family's page, for Void Payment…): set
    // by the screen showing the selection, cleared (empty `fields`) when it
    // goes. preset() is empty for any other family, so a choice never
    // follows the user to another family.
    void setPreset(CommandType type, const QString& familyId, const QJsonObject& fields);
    QJsonObject preset(CommandType type, const QString& familyId) const;

    // No file open: `writable` false and `reason` empty; a read-only file:
    // false and the reason, shown in the actions' tips.
    void setWritable(bool writable, const QString& reason = {});

signals:
    void triggered(coopdesk::CommandType type);

private:
    void updateActions();

    QHash<CommandType, QAction*> m_actions;
    QList<QAction*> m_ordered;
    QString m_selectedFamily;
    QHash<CommandType, std::pair<QString, QJsonObject>> m_presets; // family id, fields
    bool m_writable = false;
    QString m_readOnlyReason;
};

} // namespace coopdesk
