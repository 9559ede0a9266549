#pragma once

#include "connect/server_password.h"
#include "widgets/message_bar.h"

#include <QApplication>
#include <QCheckBox>
#include <QTimer>

#include <optional>

namespace coopdesk::test {

// Answers the next server password prompt (ServerPasswordDialog) the app
// shows, whenever it comes: the keychain is asked first, in its own local
// event loop, so the prompt is not there yet when the event loop first runs.
class PasswordPromptAnswerer
{
public:
    // `remember`: how the box is left; nullopt: as the prompt showed it.
    explicit PasswordPromptAnswerer(const QString& password,
                                    std::optional<bool> remember = std::nullopt)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, password, remember] {
            const auto widgets = QApplication::topLevelWidgets();
            for (QWidget* widget : widgets) {
                auto* prompt = qobject_cast<ServerPasswordDialog*>(widget);
                if (!prompt || !prompt->isVisible())
                    continue;
                m_timer.stop();
                ++m_shown;
                m_rememberShown =
                    prompt->findChild<QCheckBox*>(QStringLiteral("rememberPassword"))->isChecked();
                m_refusalShown =
                    prompt->findChild<MessageBar*>(QStringLiteral("passwordRefusal"))->text();
                prompt->setPassword(password);
                if (remember)
                    prompt->setRemember(*remember);
                prompt->accept();
                return;
            }
        });
        m_timer.start(0);
    }

    int shown() const { return m_shown; }
    bool rememberShown() const { return m_rememberShown; }
    QString refusalShown() const { return m_refusalShown; }

private:
    QTimer m_timer;
    int m_shown = 0;
    bool m_rememberShown = false;
    QString m_refusalShown;
};

} // namespace coopdesk::test
