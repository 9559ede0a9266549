#pragma once

#include "domain/command_catalog.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

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
    bool m_writable = false;
    QString m_readOnlyReason;
};

} // namespace coopdesk
