#include "family_actions.h"

#include "i18n/code_labels.h"

#include <QAction>
#include <QKeySequence>

namespace coopdesk {

namespace {

QKeySequence shortcutFor(CommandType type)
{
    const auto keys = [](QKeyCombination key) { return QKeySequence(key); };
    const Qt::KeyboardModifiers mods = Qt::ControlModifier | Qt::ShiftModifier;
    switch (type) {
    case CommandType::EnrollFamily:
        return keys(mods | Qt::Key_E);
    case CommandType::ChangeContactDetails:
        return keys(mods | Qt::Key_D);
    case CommandType::AddChild:
        return keys(mods | Qt::Key_K);
    case CommandType::ChargeTuition:
        return keys(mods | Qt::Key_T);
    case CommandType::ReceivePayment:
        return keys(mods | Qt::Key_P);
    case CommandType::UpdateEngagementScore:
        return keys(mods | Qt::Key_G);
    case CommandType::UpdateRiskScore:
        return keys(mods | Qt::Key_R);
    case CommandType::RecordContact:
        return keys(mods | Qt::Key_C);
    case CommandType::AssignCoordinator:
        return keys(mods | Qt::Key_A);
    case CommandType::LogVolunteerHours:
        return keys(mods | Qt::Key_H);
    case CommandType::RecordAttendance:
        return keys(mods | Qt::Key_I);
    case CommandType::RecordLogin:
        return keys(mods | Qt::Key_L);
    case CommandType::WithdrawFamily:
        return keys(mods | Qt::Key_W);
    case CommandType::ReenrollFamily:
        return keys(mods | Qt::Key_U);
    case CommandType::VoidPayment:
    case CommandType::CancelCharge:
    case CommandType::CorrectEnrollment:
        return {}; // corrections are chosen with care, not by a stray key
    }
    return {};
}

} // namespace

FamilyActions::FamilyActions(QObject* parent)
    : QObject(parent)
{
    for (const CommandSpec& spec : commandSpecs()) {
        auto* action = new QAction(CodeLabels::commandMenuText(spec.type), this);
        action->setObjectName(QStringLiteral("action") + spec.name);
        action->setShortcut(shortcutFor(spec.type));
        const CommandType type = spec.type;
        connect(action, &QAction::triggered, this, [this, type] { emit triggered(type); });
        m_actions.insert(type, action);
        m_ordered << action;
    }
    updateActions();
}

void FamilyActions::setSelectedFamily(const QString& familyId)
{
    m_selectedFamily = familyId;
    updateActions();
}

void FamilyActions::setPreset(CommandType type, const QString& familyId, const QJsonObject& fields)
{
    if (fields.isEmpty() || familyId.isEmpty())
        m_presets.remove(type);
    else
        m_presets.insert(type, {familyId, fields});
}

QJsonObject FamilyActions::preset(CommandType type, const QString& familyId) const
{
    const auto found = m_presets.constFind(type);
    if (found == m_presets.cend() || familyId.isEmpty() || found->first != familyId)
        return {};
    return found->second;
}

void FamilyActions::setWritable(bool writable, const QString& reason)
{
    m_writable = writable;
    m_readOnlyReason = reason;
    updateActions();
}

void FamilyActions::updateActions()
{
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it) {
        const bool needsFamily = it.key() != CommandType::EnrollFamily;
        // With no family selected on the screen shown, the dialog asks which.
        const bool enabled = m_writable;
        QString tip = CodeLabels::commandDescription(it.key());
        if (!m_readOnlyReason.isEmpty())
            tip = tr("%1 Not available: %2").arg(tip, m_readOnlyReason);
        else if (m_writable && needsFamily && m_selectedFamily.isEmpty())
            tip = tr("%1 Asks which family.").arg(tip);
        it.value()->setEnabled(enabled);
        it.value()->setStatusTip(tip);
        it.value()->setToolTip(tip);
    }
}

} // namespace coopdesk
